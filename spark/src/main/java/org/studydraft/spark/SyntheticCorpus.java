package org.studydraft.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.batch.BatchRunner;
import org.studydraft.batch.CachedResult;
import org.studydraft.batch.DocumentProcessor;
import org.studydraft.batch.InputFile;
import org.studydraft.batch.InputScanner;
import org.studydraft.batch.StudyDraftPipeline;
import org.studydraft.core.Span;

/**
 * Synthetic documents for scale tests, recombined from the project's own sample documents (gold/docs, written by the
 * team; never the shared texts): each takes one sample's cleaned text as its skeleton, swaps about a third of its
 * sentences for sentences from the same relative position of other samples of its kind, and gives every number new digits of
 * the same shape (years stay years, decimals keep their places), so the pipeline meets realistic sentences,
 * sections, statistics and sample sizes without any document repeating one it has seen. Deterministic: the same
 * seed and count give the same documents.
 */
public final class SyntheticCorpus {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final double SWAP = 0.35;

    /** A sample's cleaned text and its sentence spans, as the pipeline cleaned and cut it, and its kind (abstract, news, forum...). */
    record Skeleton(String id, String kind, String text, List<Span> sentences) {
        String sentence(int i) {
            return sentences.get(i).of(text);
        }
    }

    /** One synthetic document. */
    public record Synthetic(String id, String text, String url) {
    }

    private final List<Skeleton> skeletons;
    private final long seed;
    private final List<List<Skeleton>> donorsOf; // by skeleton index

    SyntheticCorpus(List<Skeleton> skeletons, long seed) {
        if (skeletons.size() < 2) {
            throw new IllegalArgumentException("need at least two sample documents to recombine, found " + skeletons.size());
        }
        this.skeletons = List.copyOf(skeletons);
        this.seed = seed;
        this.donorsOf = new ArrayList<>();
        for (Skeleton s : this.skeletons) {
            List<Skeleton> sameKind = this.skeletons.stream().filter(o -> o != s && o.kind().equals(s.kind())).toList();
            donorsOf.add(sameKind.isEmpty() ? this.skeletons.stream().filter(o -> o != s).toList() : sameKind);
        }
    }

    /**
     * Reads the samples under {@code docs} through the pipeline under {@code home}, by the same
     * {@code DocumentProcessor} as run: its entries give each sample's clean text, sentence spans and kind.
     */
    public static SyntheticCorpus fromSamples(Path home, Path docs, long seed) throws IOException {
        Path pipelineFile = StudyDraftPipeline.pipelineFile(home, null);
        DocumentProcessor processor = new DocumentProcessor(StudyDraftPipeline.assemble(home, pipelineFile), "samples");
        List<Skeleton> skeletons = new ArrayList<>();
        for (InputFile f : new InputScanner(BatchRunner.EXTENSIONS, null).scan(docs)) {
            if (f.rejectReason() != null) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f.path());
            CachedResult r = processor.process(f.id(), f.path(), f.id(), bytes, "", List.of());
            if (r.rejected() || r.entry().path("text").path("sentences").size() < 3) {
                continue; // nothing to recombine
            }
            List<Span> sentences = new ArrayList<>();
            r.entry().path("text").path("sentences").forEach(a -> sentences.add(new Span(a.get(0).asInt(), a.get(1).asInt())));
            skeletons.add(new Skeleton(f.id(), r.entry().path("source").path("kind").asText(),
                    r.entry().path("text").path("clean").asText(), sentences));
        }
        return new SyntheticCorpus(skeletons, seed);
    }

    int samples() {
        return skeletons.size();
    }

    List<Skeleton> skeletons() {
        return skeletons;
    }

    /** Document number {@code n} (0-based); independent of how many others are generated. */
    public Synthetic document(long n) {
        Random rng = new Random(seed * 1_000_003L + n);
        int si = rng.nextInt(skeletons.size());
        Skeleton s = skeletons.get(si);
        StringBuilder sb = new StringBuilder(s.text().length() + 256);
        int at = 0;
        for (int i = 0; i < s.sentences().size(); i++) {
            Span span = s.sentences().get(i);
            sb.append(s.text(), at, span.start());
            // The first sentence (the title line, mostly) stays the skeleton's, so each document keeps one topic.
            sb.append(i > 0 && rng.nextDouble() < SWAP ? donorSentence(rng, si, i, s.sentences().size()) : s.sentence(i));
            at = span.end();
        }
        sb.append(s.text(), at, s.text().length());
        String id = String.format("syn-%07d", n);
        return new Synthetic(id, renumber(sb.toString(), rng), "https://example.org/synthetic/" + id);
    }

    /**
     * A sentence from another sample of the same kind (any other sample when the kind has no second one), from about
     * the same relative position: methods near methods, results near results, forum replies among forum replies.
     */
    private String donorSentence(Random rng, int skeleton, int i, int count) {
        List<Skeleton> donors = donorsOf.get(skeleton);
        Skeleton donor = donors.get(rng.nextInt(donors.size()));
        int n = donor.sentences().size();
        int j = (int) Math.round((double) i / Math.max(1, count - 1) * (n - 1)) + rng.nextInt(3) - 1;
        return donor.sentence(Math.max(1, Math.min(n - 1, j)));
    }

    /** New digits of the same shape: years stay plausible years, a lone 0 stays 0, digits after a point stay digits. */
    static String renumber(String text, Random rng) {
        Matcher m = DIGITS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start());
            String d = m.group();
            boolean afterPoint = m.start() > 0 && text.charAt(m.start() - 1) == '.' && m.start() > 1
                    && Character.isDigit(text.charAt(m.start() - 2));
            if (d.length() == 4 && (d.startsWith("19") || d.startsWith("20")) && !afterPoint) {
                out.append(1995 + rng.nextInt(31));
            } else if (d.equals("0")) {
                out.append(d);
            } else {
                for (int k = 0; k < d.length(); k++) {
                    boolean lead = k == 0 && !afterPoint && d.length() > 1;
                    out.append((char) ('0' + (lead ? 1 + rng.nextInt(9) : rng.nextInt(10))));
                }
            }
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** Writes documents 0..count-1 as JSON Lines ({@code id}, {@code text}, {@code url}) or as .txt files in a folder. */
    public void write(Path target, long count) throws IOException {
        if (target.getFileName().toString().endsWith(".jsonl")) {
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            try (var w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (long n = 0; n < count; n++) {
                    Synthetic s = document(n);
                    w.write(org.studydraft.write.Json.MAPPER.writeValueAsString(s));
                    w.write('\n');
                }
            }
        } else {
            Files.createDirectories(target);
            for (long n = 0; n < count; n++) {
                Synthetic s = document(n);
                Files.writeString(target.resolve(s.id() + ".txt"), s.text(), StandardCharsets.UTF_8);
            }
        }
    }
}
