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
 * {@code head} in its first 600 characters, {@code raw} in the text as it arrived (before cleaning removed the
 * bylines, comment counts, member badges and paywall notices that say most about a page's kind; for HTML the
 * markup), {@code chrome} against the rule names of removed chrome lines, {@code url} against the page's own address.
 * A cue family (label and note) counts once however many scopes it is found in, so a byline that cleaning kept
 * is not counted twice.
 */
public final class KindStage extends BaseStage {
    @SuppressWarnings("rawtypes")
    public static final Layer<Decision> KIND = Layer.of("kind", Decision.class);

    /**
     * Text beyond this many characters is not searched (clean or raw): a page's kind shows long before, and ninety
     * cues over a megabyte cost seconds.
     */
    static final int SCAN_CHARS = 200_000;

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
        String runnerUp = "";
        if (second != null) {
            runnerUp = ", next '" + second + "' " + round(scorer.score(second));
            if (scorer.score(second) >= 0.8 * scorer.score(best)) {
                // Conflicting signals: the weaker label is kept for the reviewer, not silently dropped.
                warnings.add("kind: '" + best + "' (" + round(scorer.score(best)) + ") only narrowly ahead of '" + second
                        + "' (" + round(scorer.score(second)) + ": " + String.join("; ", scorer.notes(second)) + ")");
            }
        }
        doc.put(KIND, new Decision<>(best, scorer.confidence(best),
                "kind signals for '" + best + "' (score " + round(scorer.score(best)) + runnerUp + "): "
                        + String.join("; ", scorer.notes(best)), scorer.evidence(best), warnings));
    }

    /**
     * Scores the kind cues into {@code scorer} and returns the document's rule features for the trained model: the
     * cues that fired, the chrome rules that removed lines, and coarse shape (HTML or not, length, first person).
     */
    public List<String> features(Document doc, CueScorer scorer) {
        String text = doc.clean().substring(0, Math.min(SCAN_CHARS, doc.clean().length()));
        List<String> features = new ArrayList<>();
        String head = text.substring(0, Math.min(600, text.length()));
        String raw = doc.rawText() == null ? "" : doc.rawText();
        raw = raw.substring(0, Math.min(SCAN_CHARS, raw.length()));
        java.util.Set<String> fired = new java.util.HashSet<>();
        // Each text is scanned once for which cues can match it; cues still run in file order across scopes.
        CueSet.Text onText = cues.on(text);
        CueSet.Text onHead = cues.on(head);
        CueSet.Text onRaw = cues.on(raw);
        for (Cue cue : cues.cues()) {
            java.util.regex.Matcher m = switch (cue.scope()) {
                case "text" -> onText.find(cue);
                case "head" -> onHead.find(cue);
                case "raw" -> onRaw.find(cue);
                default -> null;
            };
            if (m == null || !fired.add(cue.label() + "\t" + cue.note())) {
                continue;
            }
            // Raw-text matches have no clean-text span; they are named in the reason instead.
            org.studydraft.core.Span span = cue.scope().equals("raw") ? null : new org.studydraft.core.Span(m.start(), m.end());
            String note = cue.note().isEmpty() ? m.group() : cue.note();
            scorer.add(cue.label(), cue.weight(), span, cue.scope().equals("raw") ? "before cleaning: " + note : note);
            features.add("cue:" + cue.label() + ":" + cue.note());
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
            CueSet.Text onChrome = cues.on(chromeNames);
            for (Cue cue : cues.inScope("chrome")) {
                if (onChrome.find(cue) != null && fired.add(cue.label() + "\t" + cue.note())) {
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
            CueSet.Text onUrl = cues.on(url);
            for (Cue cue : cues.inScope("url")) {
                if (onUrl.find(cue) != null && fired.add(cue.label() + "\t" + cue.note())) {
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

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
