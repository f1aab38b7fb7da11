package org.studydraft.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.studydraft.write.Json;
import java.util.Map;

/** What a run did, for {@code run.json} and the closing screen. */
public record RunSummary(String pipelineVersion, int seen, int processed, int skippedUnchanged, int rejected,
                         Map<String, Integer> rejectedByReason, int warnings, List<String> vanished,
                         List<String> needsAttention, Map<String, Double> stageMillis, double seconds,
                         double pipelineSeconds, int threads) {
    public boolean nothingToDo() {
        return processed == 0 && vanished.isEmpty();
    }

    /** {@code run.json}: the run report of the contract. */
    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("pipeline_version", pipelineVersion);
        o.put("nothing_to_do", nothingToDo());
        ObjectNode counts = o.putObject("counts");
        counts.put("seen", seen);
        counts.put("processed", processed);
        counts.put("skipped_unchanged", skippedUnchanged);
        counts.put("rejected", rejected);
        counts.put("vanished", vanished.size());
        counts.put("warnings", warnings);
        ObjectNode reasons = o.putObject("rejected_by_reason");
        rejectedByReason.forEach(reasons::put);
        vanished.forEach(o.putArray("vanished")::add);
        needsAttention.forEach(o.putArray("needs_attention")::add);
        ObjectNode timings = o.putObject("timings");
        timings.put("wall_seconds", Math.round(seconds * 1000) / 1000.0);
        timings.put("pipeline_seconds", Math.round(pipelineSeconds * 1000) / 1000.0);
        timings.put("threads", threads);
        ObjectNode stages = timings.putObject("stage_ms");
        stageMillis.forEach((k, v) -> stages.put(k, Math.round(v * 10) / 10.0));
        return o;
    }
}
