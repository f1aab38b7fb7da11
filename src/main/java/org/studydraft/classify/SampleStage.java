package org.studydraft.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.studydraft.core.BaseStage;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.StageContext;
import org.studydraft.extract.Entity;
import org.studydraft.extract.EntityStage;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * Sample size of the described study. {@link SampleReader} reads what each sentence states; among the sentences
 * that state one, the one that most looks like the study's own account wins: methods before background, the opening
 * sentences, a stated total, the study's own verb ("we recruited 40 adults"). Sentences citing other work and
 * subgroups ("a subset of 18 patients") are passed over. Designs that describe no participants of their own
 * (reviews, guidelines, commentaries, texts with no study) get none.
 */
public final class SampleStage extends BaseStage {
    public static final Layer<SampleSize> SAMPLE = Layer.of("sample", SampleSize.class);

    private final SampleReader reader;
    private final Pattern citing;
    private final Set<String> noSampleDesigns;

    public SampleStage(StageContext ctx) {
        super("sample", Set.of(SegmentStage.SENTENCES, SentenceRoleStage.ROLES, DesignStage.DESIGN, EntityStage.ENTITIES), Set.of(SAMPLE));
        SampleCues cues = SampleCues.load(ctx.resource("cues", "cues/sample.tsv"));
        this.reader = new SampleReader(cues, ctx.setting("group_joiner",
                "(?i)(\\band\\b|\\bvs\\.?|\\bversus\\b|compared (with|to)|\\bor\\b|[,;]|\\bto\\b)"), ctx.intSetting("max_joiner_chars", 30),
                ctx.intSetting("max_long_joiner_chars", 80));
        this.citing = Pattern.compile("(?i)" + cues.any("citing"));
        this.noSampleDesigns = Set.of(ctx.setting("no_sample_designs", "systematic_review,narrative_review,guideline,commentary,none").split("\\s*,\\s*"));
    }

    private record Candidate(double score, SampleSize sample) {
    }

    @Override
    public void process(Document doc) {
        String design = (String) doc.get(DesignStage.DESIGN).label();
        if (noSampleDesigns.contains(design)) {
            doc.put(SAMPLE, null);
            return;
        }
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        SentenceRoles roles = doc.get(SentenceRoleStage.ROLES);
        List<Span> conditions = doc.get(EntityStage.ENTITIES).stream().filter(e -> e.type().equals("condition")).map(Entity::span).toList();
        String text = doc.clean();
        Candidate best = null;
        int nextCondition = 0;
        for (int i = 0; i < sents.size(); i++) {
            Span s = sents.get(i);
            String sentence = s.of(text);
            while (nextCondition < conditions.size() && conditions.get(nextCondition).start() < s.start()) {
                nextCondition++;
            }
            SampleReader.Reading found = reader.read(sentence, s.start(), within(conditions, nextCondition, s));
            if (found == null) {
                continue;
            }
            double score = score(found, sentence, roles, i);
            if (best == null || score > best.score) {
                best = new Candidate(score, found.sample());
            }
        }
        doc.put(SAMPLE, best == null ? null : best.sample());
    }

    /** How much a sentence's sample looks like the described study's own; the first of equal scores wins. */
    private double score(SampleReader.Reading found, String sentence, SentenceRoles roles, int i) {
        double score = 1.0;
        String role = roles.role(i);
        if (role.equals("method") || roles.section(i).equals("methods")) {
            score += 2;
        }
        if (i < 12) {
            score += 1;
        }
        if (role.equals("background") || citing.matcher(sentence).find()) {
            score -= 2.5;
        }
        if (found.stated()) {
            score += 0.5;
        }
        if (found.ownVoice()) {
            score += 1;
        }
        if (found.subset()) {
            score -= 1.5;
        }
        return score;
    }

    /** The spans inside sentence {@code s} (sorted spans, scanned from {@code from}), relative to its start. */
    private static List<Span> within(List<Span> spans, int from, Span s) {
        List<Span> out = new ArrayList<>();
        for (int j = from; j < spans.size() && spans.get(j).start() < s.end(); j++) {
            Span c = spans.get(j);
            if (c.end() <= s.end()) {
                out.add(new Span(c.start() - s.start(), c.end() - s.start()));
            }
        }
        return out;
    }
}
