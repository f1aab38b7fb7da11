package org.studydraft.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.extract.Entity;
import org.studydraft.extract.EntityStage;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * Case definitions used to select participants and whether PEM was a required inclusion criterion, by the gold
 * guide's rules. A case-definition mention counts only in a sentence that selects people (cues of scope
 * {@code selection} in {@code annotators/cues/pem.tsv}: "met", "fulfilled", "diagnosed according to"...); an
 * explicit statement that PEM was (or was not) required overrides; a selection sentence that mixes definitions
 * that do and do not require PEM ("met Fukuda and/or CCC") is unclear, unless all had to meet each of them ("met both
 * Fukuda and CCC": the PEM-requiring one holds for everyone).
 */
public final class PemStage extends BaseStage {
    @SuppressWarnings("rawtypes")
    public static final Layer<List<CaseDefinition>> CASE_DEFINITIONS = Layer.of("case_definitions", List.class);
    @SuppressWarnings("rawtypes")
    public static final Layer<Decision> PEM = Layer.of("pem", Decision.class);

    /** Definitions that require PEM (guide: CCC, ICC, IOM, NICE 2021). */
    public static final Set<String> REQUIRE_PEM = Set.of("CCC", "ICC", "IOM", "NICE");
    /** Definitions that do not require PEM. */
    public static final Set<String> WEAK = Set.of("Fukuda", "Oxford", "Holmes", "Australian", "Reeves");
    private static final Set<String> NOT_APPLICABLE = Set.of("none", "commentary", "narrative_review", "guideline", "preclinical");

    private final CueSet cues;

    public PemStage(StageContext ctx) {
        super("pem", Set.of(SegmentStage.SENTENCES, EntityStage.ENTITIES, DesignStage.DESIGN), Set.of(CASE_DEFINITIONS, PEM));
        this.cues = CueSet.load(ctx.resource("cues", "cues/pem.tsv"));
    }

    @Override
    public void process(Document doc) {
        String text = doc.clean();
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        List<Entity> entities = doc.get(EntityStage.ENTITIES);
        Map<String, List<Span>> defs = new LinkedHashMap<>();
        Set<String> strongNames = new java.util.HashSet<>();
        boolean mixed = false;
        List<Span> mixedEvidence = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            Span s = sents.get(i);
            List<Entity> here = entities.stream().filter(e -> e.type().equals("case_definition") && s.contains(e.span())).toList();
            if (here.isEmpty()) {
                continue;
            }
            String sentence = s.of(text);
            if (matchesAny("not_selection", sentence) || !(matchesAny("selection", sentence) || selectsByLeadIn(text, sents, i))) {
                continue;
            }
            Set<String> names = new java.util.LinkedHashSet<>();
            for (Entity e : here) {
                names.add(e.normalized());
                if (requiresPem(e)) {
                    strongNames.add(e.normalized());
                }
                defs.computeIfAbsent(e.normalized(), k -> new ArrayList<>()).add(e.span());
            }
            boolean strong = here.stream().anyMatch(this::requiresPem);
            boolean weak = here.stream().anyMatch(e -> !requiresPem(e));
            if (strong && weak && !matchesAny("all_definitions", sentence)) {
                mixed = true;
                mixedEvidence.add(s);
            }
        }
        List<CaseDefinition> caseDefinitions = new ArrayList<>();
        defs.forEach((name, spans) -> caseDefinitions.add(new CaseDefinition(name, List.copyOf(spans))));
        Decision<?> designDecision = doc.get(DesignStage.DESIGN);
        String design = (String) designDecision.label();
        // Labels that rest on the design (no participants, a review, no definition named) point at the design's evidence.
        List<Span> designEvidence = designDecision.evidence();
        if (NOT_APPLICABLE.contains(design)) {
            doc.put(CASE_DEFINITIONS, List.of());
            doc.put(PEM, new Decision<>("not_applicable", 0.9, "no participants were selected (design '" + design + "')", designEvidence));
            return;
        }
        // A systematic review pools other studies' participants: the definitions those studies used select nobody here.
        doc.put(CASE_DEFINITIONS, design.equals("systematic_review") ? List.of() : List.copyOf(caseDefinitions));
        doc.put(PEM, decide(text, sents, defs, strongNames, mixed, mixedEvidence, design, designEvidence));
    }

    /**
     * An explicit statement ("PEM was required", "did not require PEM") decides; when the case definitions named point
     * the other way, their label is kept as a warning for the reviewer rather than dropped.
     */
    private Decision<String> decide(String text, Sentences sents, Map<String, List<Span>> defs, Set<String> strongNames,
                                    boolean mixed, List<Span> mixedEvidence, String design, List<Span> designEvidence) {
        Decision<String> byDefinitions = fromDefinitions(defs, strongNames, mixed, mixedEvidence, design, designEvidence);
        Decision<String> stated = fromStatement(text, sents);
        if (stated == null) {
            return byDefinitions;
        }
        if (defs.isEmpty() || byDefinitions.label().equals(stated.label())) {
            return stated;
        }
        return new Decision<>(stated.label(), stated.confidence() - 0.15, stated.reason(), stated.evidence(),
                List.of("pem: the text says '" + stated.label() + "', but " + byDefinitions.reason() + " ('" + byDefinitions.label() + "')"));
    }

    private Decision<String> fromStatement(String text, Sentences sents) {
        for (int i = 0; i < sents.size(); i++) {
            Span s = sents.get(i);
            String sentence = s.of(text);
            if (matchesAny("pem_not_required", sentence)) {
                return new Decision<>("not_required", 0.85, "the text says PEM was not required for inclusion", List.of(s));
            }
            if (matchesAny("pem_required", sentence)) {
                return new Decision<>("required", 0.85, "the text says PEM was required for inclusion", List.of(s));
            }
        }
        return null;
    }

    private Decision<String> fromDefinitions(Map<String, List<Span>> defs, Set<String> strongNames, boolean mixed,
                                             List<Span> mixedEvidence, String design, List<Span> designEvidence) {
        if (mixed) {
            return new Decision<>("unclear", 0.7, "participants were selected by a mixture of definitions that do and do not require PEM", mixedEvidence);
        }
        if (design.equals("systematic_review")) {
            return new Decision<>("unclear", 0.7, "systematic review without a stated PEM restriction", designEvidence);
        }
        List<Span> strongEv = new ArrayList<>();
        List<Span> weakEv = new ArrayList<>();
        defs.forEach((name, spans) -> (strongNames.contains(name) ? strongEv : weakEv).addAll(spans));
        if (!strongEv.isEmpty()) {
            return new Decision<>("required", 0.8, "participants met " + String.join(", ",
                    defs.keySet().stream().filter(strongNames::contains).toList()) + ", which require PEM", strongEv);
        }
        if (!weakEv.isEmpty() && defs.keySet().stream().allMatch(WEAK::contains)) {
            return new Decision<>("not_required", 0.8, "participants were selected only by " + String.join(", ", defs.keySet())
                    + ", which do not require PEM", weakEv);
        }
        if (!weakEv.isEmpty()) {
            return new Decision<>("unclear", 0.6, "case definitions named (" + String.join(", ", defs.keySet())
                    + ") do not settle whether PEM was required", weakEv);
        }
        return new Decision<>("unclear", 0.6, "human participants but no case definition named", designEvidence);
    }

    /**
     * A list item or table cell ("• Canadian Consensus Criteria") selects people when the lead-in line it belongs to
     * does ("Inclusion criteria:", "Participants had to meet one of:"): the nearest preceding sentence that ends in a
     * colon, reached over at most {@link #LEAD_IN_REACH} short items, must match a selection cue.
     */
    private boolean selectsByLeadIn(String text, Sentences sents, int i) {
        for (int j = i - 1; j >= 0 && j >= i - LEAD_IN_REACH; j--) {
            String prev = sents.get(j).of(text).strip();
            if (prev.endsWith(":")) {
                return matchesAny("selection", prev) && !matchesAny("not_selection", prev);
            }
            if (prev.length() > SHORT_ITEM) {
                return false;
            }
        }
        return false;
    }

    /** How many list items back a lead-in line may stand. */
    private static final int LEAD_IN_REACH = 6;
    /** Longer sentences are running text, not list items under a lead-in line. */
    private static final int SHORT_ITEM = 160;

    /** CCC, ICC, IOM and NICE 2021 require PEM; an alias naming the 2007 NICE guideline does not. */
    private boolean requiresPem(Entity e) {
        return REQUIRE_PEM.contains(e.normalized()) && !matchesAny("not_requiring_alias", e.text());
    }

    private boolean matchesAny(String scope, String sentence) {
        return cues.anyMatch(scope, sentence);
    }
}
