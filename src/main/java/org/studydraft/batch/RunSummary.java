package org.studydraft.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.studydraft.write.Json;

/**
 * What a run did, for {@code run.json} and the closing screen. {@code pipelineAssembled} is false when every
 * document was unchanged: no stage was built and no model loaded.
 */
public record RunSummary(String pipelineVersion, Counts counts, Map<String, Integer> rejectedByReason,
                         Map<String, Integer> warningsByKind, List<String> vanished, List<String> needsAttention,
                         Timings timings, boolean pipelineAssembled, boolean outputsRewritten) {

    /** Documents by what happened to them; {@code studies} counts groups of two or more entries about one study. */
    public record Counts(int seen, int processed, int skippedUnchanged, int rejected, int entries, int warnings,
                         int studies, int entriesInStudies) {
    }

    /** Wall time, time inside the pipeline, stage times summed over workers, and the slowest documents. */
    public record Timings(double wallSeconds, double pipelineSeconds, int threads, Map<String, Double> stageMillis,
                          List<Slow> slowest) {
    }

    /** One document's processing time. */
    public record Slow(String id, double seconds) {
    }

    public boolean nothingToDo() {
        return counts.processed() == 0 && vanished.isEmpty();
    }

    /** {@code run.json}: the run report of the contract. */
    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("pipeline_version", pipelineVersion);
        o.put("nothing_to_do", nothingToDo());
        o.put("pipeline_assembled", pipelineAssembled);
        o.put("outputs_rewritten", outputsRewritten);
        ObjectNode c = o.putObject("counts");
        c.put("seen", counts.seen());
        c.put("processed", counts.processed());
        c.put("skipped_unchanged", counts.skippedUnchanged());
        c.put("rejected", counts.rejected());
        c.put("entries", counts.entries());
        c.put("vanished", vanished.size());
        c.put("warnings", counts.warnings());
        c.put("studies_with_several_entries", counts.studies());
        c.put("entries_in_such_studies", counts.entriesInStudies());
        ObjectNode reasons = o.putObject("rejected_by_reason");
        rejectedByReason.forEach(reasons::put);
        ObjectNode warnings = o.putObject("warnings_by_kind");
        warningsByKind.forEach(warnings::put);
        vanished.forEach(o.putArray("vanished")::add);
        needsAttention.forEach(o.putArray("needs_attention")::add);
        ObjectNode t = o.putObject("timings");
        t.put("wall_seconds", round(timings.wallSeconds(), 1000));
        t.put("pipeline_seconds", round(timings.pipelineSeconds(), 1000));
        t.put("threads", timings.threads());
        ObjectNode stages = t.putObject("stage_ms");
        timings.stageMillis().forEach((k, v) -> stages.put(k, round(v, 10)));
        for (Slow s : timings.slowest()) {
            t.withArray("slowest_documents").addObject().put("id", s.id()).put("seconds", round(s.seconds(), 1000));
        }
        return o;
    }

    private static double round(double v, int scale) {
        return Math.round(v * scale) / (double) scale;
    }
}
