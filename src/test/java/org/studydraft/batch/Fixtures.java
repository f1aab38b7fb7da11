package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.studydraft.write.Json;

/** Inputs, pipeline copies and child JVMs for the batch tests; everything is made in temporary folders. */
public final class Fixtures {
    public static final Path HOME = ProjectHome.locate();

    private Fixtures() {
    }

    /** The bundled gold/docs texts (the project's own documents), sorted. */
    public static List<Path> goldDocs() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ls = Files.newDirectoryStream(HOME.resolve("gold/docs"))) {
            ls.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /**
     * {@code n} documents in {@code dir} made from the bundled gold texts, cycled, each made distinct by a closing
     * line naming its copy number (so every copy has its own bytes and its own entry).
     */
    public static List<Path> goldCopies(Path dir, int n) throws IOException {
        List<Path> gold = goldDocs();
        List<Path> out = new ArrayList<>();
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Path src = gold.get(i % gold.size());
            String name = src.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path target = dir.resolve(String.format("%s-copy%03d%s", name.substring(0, dot), i, name.substring(dot)));
            String text = Files.readString(src, StandardCharsets.UTF_8);
            String closing = name.endsWith(".txt") ? "\n\nArchived copy number " + i + ".\n" : "\n<p>Archived copy number " + i + ".</p>\n";
            Files.writeString(target, text + closing, StandardCharsets.UTF_8);
            out.add(target);
        }
        return out;
    }

    /**
     * A copy of the project's annotators folder and a pipeline file naming it by absolute path, so a test may
     * edit a lexicon without touching the project. Returns the pipeline file.
     */
    public static Path pipelineCopy(Path dir) throws IOException {
        Path annotators = dir.resolve("annotators");
        try (Stream<Path> walk = Files.walk(HOME.resolve("annotators"))) {
            for (Path p : walk.toList()) {
                Path target = annotators.resolve(HOME.resolve("annotators").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(HOME.resolve("pipeline/default.properties"), StandardCharsets.UTF_8)) {
            lines.add(line.startsWith("annotators") ? "annotators = " + annotators.toAbsolutePath().toString().replace('\\', '/') : line);
        }
        Path file = dir.resolve("pipeline.properties");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    public static RunOptions options(Path in, Path out, Path pipeline, boolean force, int threads) {
        return new RunOptions(in, out, HOME, pipeline, force, threads, 2_000_000, 60, "2026-01-01", true);
    }

    /** One in-process run with the progress output swallowed. */
    public static RunSummary run(RunOptions options) throws IOException {
        return new BatchRunner(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    }

    /** {@code studydraft <args>} in a child JVM on the test class path, output to {@code log}. */
    public static Process startCli(List<String> jvmOptions, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-Dstudydraft.home=" + HOME);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.studydraft.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    public static List<JsonNode> readJsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Json.MAPPER.readTree(line));
            }
        }
        return out;
    }

    public static JsonNode readJson(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every published file of an output folder by relative path (drafts included), with its text. */
    public static TreeMap<String, String> publishedFiles(Path out) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        for (String name : OutputGenerations.PUBLISHED) {
            Path p = out.resolve(name);
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> ls = Files.newDirectoryStream(p)) {
                    for (Path f : ls) {
                        files.put(name + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            } else if (Files.exists(p)) {
                files.put(name, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
