package org.studydraft.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.studydraft.write.Json;

/**
 * What a run did, for {@code run.json} and the closing screen. {@code pipelineAssembled} is false when every
 * document was unchanged: no stage was built and no model loaded. {@code studies} counts the groups of two or more
 * entries about one study, {@code entriesInStudies} their members; {@code slowest} lists the documents that took
 * longest, so an operator sees what to look at when a run is slow.
 */
public record RunSummary(String pipelineVersion, int seen, int processed, int skippedUnchanged, int rejected,
                         Map<String, Integer> rejectedByReason, int warnings, List<String> vanished,
                         List<String> needsAttention, Map<String, Double> stageMillis, double seconds,
                         double pipelineSeconds, int threads, int entries, Map<String, Integer> warningsByKind,
                         int studies, int entriesInStudies, List<Slow> slowest, boolean pipelineAssembled,
                         boolean outputsRewritten) {

    /** One document's processing time. */
    public record Slow(String id, double seconds) {
    }

    public boolean nothingToDo() {
        return processed == 0 && vanished.isEmpty();
    }

    /** {@code run.json}: the run report of the contract. */
    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("pipeline_version", pipelineVersion);
        o.put("nothing_to_do", nothingToDo());
        o.put("pipeline_assembled", pipelineAssembled);
        o.put("outputs_rewritten", outputsRewritten);
        ObjectNode c = o.putObject("counts");
        c.put("seen", seen);
        c.put("processed", processed);
        c.put("skipped_unchanged", skippedUnchanged);
        c.put("rejected", rejected);
        c.put("entries", entries);
        c.put("vanished", vanished.size());
        c.put("warnings", warnings);
        c.put("studies_with_several_entries", studies);
        c.put("entries_in_such_studies", entriesInStudies);
        ObjectNode reasons = o.putObject("rejected_by_reason");
        rejectedByReason.forEach(reasons::put);
        ObjectNode warningKinds = o.putObject("warnings_by_kind");
        warningsByKind.forEach(warningKinds::put);
        vanished.forEach(o.putArray("vanished")::add);
        needsAttention.forEach(o.putArray("needs_attention")::add);
        ObjectNode t = o.putObject("timings");
        t.put("wall_seconds", round(seconds, 1000));
        t.put("pipeline_seconds", round(pipelineSeconds, 1000));
        t.put("threads", threads);
        ObjectNode stages = t.putObject("stage_ms");
        stageMillis.forEach((k, v) -> stages.put(k, round(v, 10)));
        for (Slow s : slowest) {
            t.withArray("slowest_documents").addObject().put("id", s.id()).put("seconds", round(s.seconds(), 1000));
        }
        return o;
    }

    private static double round(double v, int scale) {
        return Math.round(v * scale) / (double) scale;
    }
}
