package org.studydraft.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studydraft.clean.ChromeRules;
import org.studydraft.clean.CleanInfo;
import org.studydraft.clean.CleanStage;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;

/**
 * What kind of page this is (abstract, fulltext, news, forum, blog, atlas_entry, other), from the text's own
 * signals: section headings, bylines, forum chrome that cleaning removed, atlas section names, the address.
 * Cues live in {@code annotators/cues/kind.tsv}; scope {@code text} matches anywhere in the clean text,
 * {@code head} in its first 600 characters, {@code chrome} against the rule names of removed chrome lines,
 * {@code url} against the page's own address.
 */
public final class KindStage extends BaseStage {
    @SuppressWarnings("rawtypes")
    public static final Layer<Decision> KIND = Layer.of("kind", Decision.class);

    private final CueSet cues;
    private final String fallback;
    private final MaxentClassifier model;

    public KindStage(StageContext ctx) {
        super("kind", Set.of(SegmentStage.SENTENCES, MetadataStage.METADATA), Set.of(KIND));
        this.cues = CueSet.load(ctx.resource("cues", "cues/kind.tsv"));
        this.fallback = ctx.setting("fallback", "other");
        java.nio.file.Path training = ctx.setting("training", "").isEmpty() ? null : ctx.resource("training", "");
        this.model = training == null || !java.nio.file.Files.isRegularFile(training) ? null
                : ctx.shared().get("kind.model", () -> MaxentClassifier.train(MaxentClassifier.readExamples(training),
                        ctx.intSetting("iterations", 100), ctx.intSetting("cutoff", 1)));
    }

    @Override
    public void process(Document doc) {
        CueScorer scorer = new CueScorer();
        List<String> features = features(doc, scorer);
        String best = scorer.best();
        List<String> warnings = new ArrayList<>();
        if (model != null) {
            MaxentClassifier.Prediction p = model.predict(features);
            if (best != null && !best.equals(p.label())) {
                warnings.add("kind: the cue rules favour '" + best + "', the trained model '" + p.label() + "'");
            }
            doc.put(KIND, new Decision<>(p.label(), p.probability(), "maxent over kind cues (trained on " + model.examples()
                    + " dev documents), p=" + p.probability() + "; signals: " + String.join("; ", scorer.notes(p.label())),
                    scorer.evidence(p.label()), warnings));
            return;
        }
        if (best == null) {
            doc.put(KIND, new Decision<>(fallback, 0.3, "no kind signal found; default '" + fallback + "'", List.of()));
            return;
        }
        String second = scorer.second();
        if (second != null && scorer.score(second) >= 0.8 * scorer.score(best)) {
            warnings.add("kind: '" + best + "' only narrowly ahead of '" + second + "'");
        }
        doc.put(KIND, new Decision<>(best, scorer.confidence(best),
                "kind signals for '" + best + "': " + String.join("; ", scorer.notes(best)), scorer.evidence(best), warnings));
    }

    /**
     * Scores the kind cues into {@code scorer} and returns the document's rule features for the trained model: the
     * cues that fired, the chrome rules that removed lines, and coarse shape (HTML or not, length, first person).
     */
    public List<String> features(Document doc, CueScorer scorer) {
        String text = doc.clean();
        List<String> features = new ArrayList<>();
        String head = text.substring(0, Math.min(600, text.length()));
        for (Cue cue : cues.cues()) {
            java.util.regex.Matcher m = null;
            switch (cue.scope()) {
                case "text" -> m = cue.pattern().matcher(text);
                case "head" -> m = cue.pattern().matcher(head);
                default -> { }
            }
            if (m != null && m.find()) {
                scorer.add(cue.label(), cue.weight(), new org.studydraft.core.Span(m.start(), m.end()),
                        cue.note().isEmpty() ? m.group() : cue.note());
                features.add("cue:" + cue.label() + ":" + cue.note());
            }
        }
        CleanInfo info = doc.get(CleanStage.CLEAN);
        if (info != null) {
            StringBuilder chromeNames = new StringBuilder();
            java.util.Set<String> rules = new java.util.TreeSet<>();
            for (ChromeRules.Hit hit : info.chrome()) {
                chromeNames.append(hit.rule()).append('\n');
                rules.add(hit.rule());
            }
            rules.forEach(r -> features.add("chrome:" + r));
            for (Cue cue : cues.inScope("chrome")) {
                if (cue.pattern().matcher(chromeNames).find()) {
                    scorer.add(cue.label(), cue.weight(), null, "removed site chrome: " + cue.note());
                    features.add("cue:" + cue.label() + ":" + cue.note());
                }
            }
            if (info.html()) {
                features.add("html");
            }
        }
        Metadata md = doc.get(MetadataStage.METADATA);
        String url = md == null ? null : md.url();
        if (url != null) {
            for (Cue cue : cues.inScope("url")) {
                if (cue.pattern().matcher(url).find()) {
                    scorer.add(cue.label(), cue.weight(), null, "address: " + cue.note());
                    features.add("cue:" + cue.label() + ":" + cue.note());
                }
            }
        }
        int sentences = doc.get(SegmentStage.SENTENCES).size();
        features.add("sentences:" + (sentences < 10 ? "few" : sentences < 30 ? "some" : sentences < 80 ? "many" : "lots"));
        // The rules' own verdict is a feature too, so the model learns when to trust it and when to correct it.
        features.add("rules:" + (scorer.best() == null ? "none" : scorer.best()));
        return features;
    }
}
