package org.studydraft.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.studydraft.batch.ProjectHome;
import org.studydraft.core.PipelineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studydraft-spark spark}: the run command's pipeline as a Spark job. */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Process documents with the run command's pipeline on Apache Spark, one pipeline per executor.",
            "--in is a folder of .txt/.html/.htm/.md files (listed like run lists them; every executor must see it at",
            "the same path), or JSON Lines / Parquet records with the fields id, text and optionally url.",
            "Writes under --out: entries.jsonl/ and entries.parquet/ partitioned by design label (design=LABEL/),",
            "rejected.jsonl/ ({\"id\", \"path\", \"reason\"}) and run.json (counts, rates). Existing outputs there are replaced."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished (rejected documents are listed in rejected.jsonl/)", "1:unexpected internal error",
            "2:bad arguments", "3:input unreadable or pipeline cannot be assembled", "4:output cannot be written"})
public final class SparkCommand implements Callable<Integer> {
    @Option(names = "--in", description = "input folder, .jsonl or .parquet (default: the bundled sample, gold/docs)")
    String in;

    @Option(names = "--format", description = "folder, jsonl or parquet (default: from --in's extension: .jsonl/.json/.ndjson, .parquet, else folder)")
    InputFormat format;

    @Option(names = "--out", description = "output folder, local or any Hadoop file system (default: ${DEFAULT-VALUE})", defaultValue = "out-spark")
    String out;

    @Option(names = "--home", description = "the folder holding annotators/ and pipeline/; relative paths resolve on each node (default: found like run finds it)")
    Path home;

    @Option(names = "--pipeline", description = "pipeline definition (default: pipeline/default.properties under --home)")
    Path pipeline;

    @Option(names = "--master", description = "Spark master when none is configured (spark-submit's --master wins; default: local[*])")
    String master;

    @Option(names = "--partitions", description = "at least this many partitions (default: four per core)", defaultValue = "0")
    int partitions;

    @Option(names = "--max-bytes", description = "read at most this many bytes of a file, as run does (default: ${DEFAULT-VALUE})", defaultValue = "2000000")
    long maxBytes;

    @Option(names = "--time-limit", description = "seconds one document may take before it is rejected, as in run (default: ${DEFAULT-VALUE})", defaultValue = "60")
    double timeLimit;

    @Option(names = "--link-max", description = "add run's study links (study_id, related) when there are at most this many entries; "
            + "linking collects them on the driver, about 50 KB of driver heap each (default: ${DEFAULT-VALUE})", defaultValue = "100000")
    long linkMax;

    @Override
    public Integer call() throws Exception {
        Path root = home != null ? home : ProjectHome.locate();
        String input = in != null ? in : root.resolve("gold/docs").toString();
        InputFormat fmt = format != null ? format : InputFormat.guess(input);
        if (fmt == InputFormat.FOLDER && !Files.isDirectory(Path.of(input))) {
            System.err.println("studydraft-spark: input folder not found or unreadable: " + input);
            return SparkMain.EXIT_INPUT;
        }
        if (timeLimit <= 0 || maxBytes <= 0) {
            System.err.println("studydraft-spark: --time-limit and --max-bytes must be positive");
            return 2;
        }
        JobOptions options = new JobOptions(input, fmt, out, root, pipeline, partitions, maxBytes, timeLimit, linkMax);
        try (SparkSession spark = session(master)) {
            JobSummary s = SparkJob.run(spark, options);
            printSummary(s, out);
            return 0;
        } catch (PipelineException | IllegalArgumentException e) {
            System.err.println("studydraft-spark: " + e.getMessage());
            return SparkMain.EXIT_INPUT;
        } catch (IOException e) {
            System.err.println("studydraft-spark: cannot write output: " + e.getMessage());
            return SparkMain.EXIT_OUTPUT;
        } catch (Exception e) {
            if (e instanceof AnalysisException) { // Spark's word for an input path that does not exist or cannot be read
                System.err.println("studydraft-spark: cannot read input: " + e.getMessage());
                return SparkMain.EXIT_INPUT;
            }
            throw e;
        }
    }

    /** A session on the configured master, or on {@code fallbackMaster} (local[*] if null) when none is configured. */
    static SparkSession session(String fallbackMaster) {
        SparkConf conf = new SparkConf().setAppName("studydraft");
        if (!conf.contains("spark.master")) {
            conf.setMaster(fallbackMaster != null ? fallbackMaster : "local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // One JVM on this machine: no web UI to bind, and only the loopback interface.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    static void printSummary(JobSummary s, String out) {
        System.out.println("StudyDraft on Spark · pipeline " + s.pipelineVersion() + " · " + s.master() + " (" + s.cores() + " cores, "
                + s.partitions() + " partitions)");
        System.out.printf("documents %d · entries %d · rejected %d · study links: %s%n", s.documents(), s.entries(), s.rejected(), s.studyLinks());
        s.rejectedByReason().forEach((reason, n) -> System.out.printf("  rejected: %-50s %d%n", reason, n));
        System.out.printf("  %.2f s wall · %.1f documents/s · %.1f documents per task-second · %.1f per CPU-second%n",
                s.seconds(), s.documentsPerSecond(), s.documentsPerTaskSecond(), s.documentsPerCpuSecond());
        System.out.println("  output in " + out);
    }
}
