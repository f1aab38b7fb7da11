package org.studydraft.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studydraft.clean.ChromeRules;
import org.studydraft.clean.CleanInfo;
import org.studydraft.clean.CleanStage;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Stage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;

/**
 * What kind of page this is (abstract, fulltext, news, forum, blog, atlas_entry, other), from the text's own
 * signals: section headings, bylines, forum chrome that cleaning removed, atlas section names, the address.
 * Cues live in {@code annotators/cues/kind.tsv}; scope {@code text} matches anywhere in the clean text,
 * {@code head} in its first 600 characters, {@code chrome} against the rule names of removed chrome lines,
 * {@code url} against the page's own address.
 */
public final class KindStage implements Stage {
    @SuppressWarnings("rawtypes")
    public static final Layer<Decision> KIND = Layer.of("kind", Decision.class);

    private final CueSet cues;
    private final String fallback;

    public KindStage(StageContext ctx) {
        this.cues = CueSet.load(ctx.resource("cues", "cues/kind.tsv"));
        this.fallback = ctx.setting("fallback", "other");
    }

    @Override
    public String name() {
        return "kind";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SegmentStage.SENTENCES, MetadataStage.METADATA);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(KIND);
    }

    @Override
    public void process(Document doc) {
        String text = doc.clean();
        CueScorer scorer = new CueScorer();
        scorer.scan(cues.inScope("text"), text, 0, 1.0);
        scorer.scan(cues.inScope("head"), text.substring(0, Math.min(600, text.length())), 0, 1.0);
        CleanInfo info = doc.get(CleanStage.CLEAN);
        if (info != null) {
            StringBuilder chromeNames = new StringBuilder();
            for (ChromeRules.Hit hit : info.chrome()) {
                chromeNames.append(hit.rule()).append('\n');
            }
            scorer.scan(cues.inScope("chrome"), chromeNames.toString(), 0, 0.0);
            for (Cue cue : cues.inScope("chrome")) {
                if (cue.pattern().matcher(chromeNames).find()) {
                    scorer.add(cue.label(), cue.weight(), null, "removed site chrome: " + cue.note());
                }
            }
        }
        Metadata md = doc.get(MetadataStage.METADATA);
        String url = md == null ? null : md.url();
        if (url != null) {
            for (Cue cue : cues.inScope("url")) {
                if (cue.pattern().matcher(url).find()) {
                    scorer.add(cue.label(), cue.weight(), null, "address: " + cue.note());
                }
            }
        }
        String best = scorer.best();
        if (best == null) {
            doc.put(KIND, new Decision<>(fallback, 0.3, "no kind signal found; default '" + fallback + "'", List.of()));
            return;
        }
        List<String> warnings = new ArrayList<>();
        String second = scorer.second();
        if (second != null && scorer.score(second) >= 0.8 * scorer.score(best)) {
            warnings.add("kind: '" + best + "' only narrowly ahead of '" + second + "'");
        }
        doc.put(KIND, new Decision<>(best, scorer.confidence(best),
                "kind signals for '" + best + "': " + String.join("; ", scorer.notes(best)), scorer.evidence(best), warnings));
    }
}
