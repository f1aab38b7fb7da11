package org.studydraft.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.studydraft.write.Json;

/**
 * What one Spark job did, written as {@code run.json} beside its outputs. Rates: {@code documentsPerSecond} is the
 * whole job (listing, pipeline loading on every executor, processing, writing) over wall time; the per-core figures
 * divide documents by the time the task threads spent on documents (wall, and CPU of the worker threads, which a
 * busy shared machine does not inflate). {@code phaseSeconds}: wall time of the job's steps, in order.
 */
public record JobSummary(String pipelineVersion, String master, int cores, int partitions, long documents, long entries,
                         long rejected, Map<String, Long> rejectedByReason, Map<String, Long> entriesByDesign, String studyLinks,
                         double seconds, double documentSeconds, double documentCpuSeconds, double pipelineWaitSeconds,
                         Map<String, Double> phaseSeconds) {

    public double documentsPerSecond() {
        return seconds > 0 ? documents / seconds : 0;
    }

    public double documentsPerTaskSecond() {
        return documentSeconds > 0 ? documents / documentSeconds : 0;
    }

    public double documentsPerCpuSecond() {
        return documentCpuSeconds > 0 ? documents / documentCpuSeconds : 0;
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("pipeline_version", pipelineVersion);
        o.put("master", master);
        o.put("cores", cores);
        o.put("partitions", partitions);
        ObjectNode counts = o.putObject("counts");
        counts.put("documents", documents);
        counts.put("entries", entries);
        counts.put("rejected", rejected);
        ObjectNode reasons = o.putObject("rejected_by_reason");
        rejectedByReason.forEach(reasons::put);
        ObjectNode designs = o.putObject("entries_by_design");
        entriesByDesign.forEach(designs::put);
        o.put("study_links", studyLinks);
        ObjectNode t = o.putObject("timings");
        t.put("seconds", round(seconds));
        t.put("document_task_seconds", round(documentSeconds));
        t.put("document_cpu_seconds", round(documentCpuSeconds));
        t.put("pipeline_wait_task_seconds", round(pipelineWaitSeconds));
        t.put("documents_per_second", round(documentsPerSecond()));
        t.put("documents_per_task_second", round(documentsPerTaskSecond()));
        t.put("documents_per_cpu_second", round(documentsPerCpuSecond()));
        ObjectNode phases = t.putObject("phase_seconds");
        phaseSeconds.forEach((k, v) -> phases.put(k, round(v)));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
