package org.studydraft.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studydraft.classify.DesignStage;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;

/**
 * Risky wording in the source and in the draft ({@code annotators/wording/rules.tsv}). A critical hit inside the
 * draft's own text marks the entry for attention (the draft builder avoids them, so this is the safety net).
 */
public final class WordingStage extends BaseStage {
    @SuppressWarnings("rawtypes")
    public static final Layer<List<WordingHit>> WORDING = Layer.of("wording", List.class);

    private final WordingScanner scanner;

    public WordingStage(StageContext ctx) {
        super("wording", Set.of(DraftStage.DRAFT), Set.of(WORDING));
        this.scanner = ctx.shared().get("wording.scanner", () -> WordingScanner.load(ctx.resource("rules", "wording/rules.tsv")));
    }

    @Override
    public void process(Document doc) {
        String design = (String) doc.get(DesignStage.DESIGN).label();
        Draft d = doc.get(DraftStage.DRAFT);
        List<WordingHit> hits = new ArrayList<>(scanner.scan(doc.clean(), "source", design));
        hits.addAll(scanner.scan(d.quickSummary(), "draft.quick_summary", design));
        hits.addAll(scanner.scan(d.whyItMatters(), "draft.why_it_matters", design));
        hits.addAll(scanner.scan(d.doesNotProve(), "draft.does_not_prove", design));
        for (int i = 0; i < d.observedFindings().size(); i++) {
            hits.addAll(scanner.scan(d.observedFindings().get(i), "draft.observed_findings." + i, design));
        }
        for (int i = 0; i < d.inferredConclusions().size(); i++) {
            hits.addAll(scanner.scan(d.inferredConclusions().get(i), "draft.inferred_conclusions." + i, design));
        }
        for (int i = 0; i < d.remainingQuestions().size(); i++) {
            hits.addAll(scanner.scan(d.remainingQuestions().get(i), "draft.remaining_questions." + i, design));
        }
        if (hits.stream().anyMatch(h -> h.severity().equals("critical") && h.where().startsWith("draft"))) {
            doc.warn("critical wording in the draft: needs a reviewer's attention");
        }
        doc.put(WORDING, List.copyOf(hits));
    }

    /** True when the draft itself carries a critical hit. */
    public static boolean needsAttention(List<WordingHit> hits) {
        return hits.stream().anyMatch(h -> h.severity().equals("critical") && h.where().startsWith("draft"));
    }
}
