package org.studydraft.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.studydraft.classify.CaseDefinition;
import org.studydraft.classify.ConditionStage;
import org.studydraft.classify.DesignStage;
import org.studydraft.classify.PemStage;
import org.studydraft.classify.Rubric;
import org.studydraft.classify.RubricStage;
import org.studydraft.classify.SampleSize;
import org.studydraft.classify.SampleStage;
import org.studydraft.classify.SentenceRoleStage;
import org.studydraft.classify.SentenceRoles;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * Drafts the entry's sections by selection and templates, never by free generation: findings and conclusions
 * are the source's own sentences (citation markers removed, statistics kept); the other sections are curated
 * templates filled with extracted values quoted as the source wrote them. A sentence that would bring a
 * critical wording hit (a causal verb after a non-randomised design) or a number not in the source is left out.
 * Also provides the entry's {@code findings} and {@code conclusions} sentence indexes.
 */
public final class DraftStage extends BaseStage {
    public static final Layer<Draft> DRAFT = Layer.of("draft", Draft.class);
    @SuppressWarnings("rawtypes")
    public static final Layer<List<Integer>> FINDINGS = Layer.of("findings", List.class);
    @SuppressWarnings("rawtypes")
    public static final Layer<List<Integer>> CONCLUSIONS = Layer.of("conclusions", List.class);

    private static final Pattern HYPHEN_FOLD = Pattern.compile("(?<=\\p{L}-)\\n(?=\\p{Ll})");
    private static final Pattern CITATION = Pattern.compile(
            "\\s*(\\[\\d+(?:\\s*[,–-]\\s*\\d+)*\\]|\\((?:[A-Z][\\p{L}-]+(?: et al\\.?)?(?: and [A-Z][\\p{L}-]+)?,? \\d{4}[a-z]?(?:; )?)+\\))");
    private static final Pattern SECTION_LABEL = Pattern.compile("^(?:[A-Z][A-Za-z ]{2,20}:|[-•*]|\\d+\\))\\s*");

    private final Templates templates;
    private final WordingScanner scanner;
    private final int maxFindings;
    private final int maxConclusions;

    public DraftStage(StageContext ctx) {
        super("draft", Set.of(SentenceRoleStage.ROLES, RubricStage.RUBRIC, ConditionStage.CONDITIONS, SampleStage.SAMPLE), Set.of(DRAFT, FINDINGS, CONCLUSIONS));
        this.templates = ctx.shared().get("draft.templates", () -> new Templates(ctx.resource("templates", "wording/templates.properties")));
        this.scanner = ctx.shared().get("wording.scanner", () -> WordingScanner.load(ctx.resource("rules", "wording/rules.tsv")));
        this.maxFindings = ctx.intSetting("max_findings", 6);
        this.maxConclusions = ctx.intSetting("max_conclusions", 4);
    }

    @Override
    public void process(Document doc) {
        String text = doc.clean();
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        SentenceRoles roles = doc.get(SentenceRoleStage.ROLES);
        String design = (String) doc.get(DesignStage.DESIGN).label();
        Rubric rubric = doc.get(RubricStage.RUBRIC);
        NumberGuard guard = new NumberGuard(text);
        List<Integer> findings = new ArrayList<>();
        List<Integer> conclusions = new ArrayList<>();
        List<String> limitations = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            switch (roles.role(i)) {
                case "finding" -> findings.add(i);
                case "conclusion" -> conclusions.add(i);
                case "limitation" -> limitations.add(tidy(sents.get(i).of(text)));
                default -> { }
            }
        }
        doc.put(FINDINGS, List.copyOf(findings));
        doc.put(CONCLUSIONS, List.copyOf(conclusions));

        List<String> observed = select(findings, sents, text, design, guard, maxFindings);
        List<String> inferred = select(conclusions, sents, text, design, guard, maxConclusions);
        Map<String, String> slots = slots(doc, design);
        boolean thin = observed.isEmpty() && inferred.isEmpty();

        List<String> summary = new ArrayList<>();
        String lead = templates.fill("summary." + design, "summary.default", slots);
        if (!slots.get("sample").isEmpty()) {
            lead = lead + " " + templates.fill("summary.sample", null, slots);
        }
        if (!slots.get("case_definitions").isEmpty()) {
            lead = lead + " " + templates.fill("summary.case_definitions", null, slots);
        }
        summary.add(lead.strip());
        if (!observed.isEmpty()) {
            summary.add(observed.get(0));
        } else if (!inferred.isEmpty()) {
            summary.add(inferred.get(0));
        } else {
            summary.add(templates.get("summary.thin"));
            doc.warn("thin source: no finding or conclusion sentences found; the draft is short");
        }
        String quick = keepFaithful(String.join(" ", summary), guard, design);

        String why = thin ? "" : keepFaithful(templates.fill("why." + design, "why.default", slots), guard, design);
        List<String> questions = new ArrayList<>();
        for (String l : limitations) {
            if (questions.size() < 3 && guard.faithful(l) && !scanner.hasCritical(l, design)) {
                questions.add(l);
            }
        }
        for (String flag : rubric.methodFlags()) {
            String q = templates.fill("question." + flag, null, slots);
            if (!q.isEmpty()) {
                questions.add(q);
            }
        }
        List<String> notProve = new ArrayList<>();
        notProve.add(templates.fill("not_prove." + design, "not_prove.default", slots));
        for (String flag : rubric.methodFlags()) {
            notProve.add(templates.fill("not_prove." + flag, null, slots));
        }
        if (!slots.get("population_qualifier").isEmpty()) {
            notProve.add(slots.get("population_qualifier"));
        }
        String doesNotProve = keepFaithful(String.join(" ", notProve.stream().filter(s -> !s.isEmpty()).toList()), guard, design);
        doc.put(DRAFT, new Draft(quick, why, observed, inferred, List.copyOf(questions), doesNotProve));
    }

    private Map<String, String> slots(Document doc, String design) {
        Map<String, String> slots = new HashMap<>();
        Map<String, List<Span>> conditions = doc.get(ConditionStage.CONDITIONS);
        String condition = conditions.isEmpty() ? templates.get("population.unknown") : String.join(" and ", conditions.keySet());
        slots.put("condition", condition);
        boolean mecfs = conditions.containsKey(templates.get("population.main_condition"));
        slots.put("population_qualifier", mecfs || conditions.isEmpty() ? "" : templates.fill("population.not_main", null, slots));
        SampleSize sample = doc.get(SampleStage.SAMPLE);
        String sampleText = "";
        if (sample != null && !sample.evidence().isEmpty()) {
            sampleText = tidy(doc.text(sample.evidence().get(0)));
            if (sample.evidence().size() > 1 && sample.groups().size() >= 2) {
                List<String> parts = new ArrayList<>();
                for (Span s : sample.evidence()) {
                    parts.add(tidy(doc.text(s)));
                }
                sampleText = String.join(" and ", parts.subList(0, Math.min(parts.size(), 3)));
            }
        }
        slots.put("sample", sampleText);
        List<CaseDefinition> defs = doc.get(PemStage.CASE_DEFINITIONS);
        slots.put("case_definitions", String.join(", ", defs.stream().map(CaseDefinition::name).toList()));
        slots.put("design", templates.fill("design_name." + design, null, slots));
        return slots;
    }

    private List<String> select(List<Integer> indexes, Sentences sents, String text, String design, NumberGuard guard, int max) {
        List<String> out = new ArrayList<>();
        for (int i : indexes) {
            if (out.size() >= max) {
                break;
            }
            String s = tidy(sents.get(i).of(text));
            if (s.length() < 20 || !guard.faithful(s) || scanner.hasCritical(s, design) || out.contains(s)) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /** Drops sentences of a composed section that state a number the source lacks or carry critical wording. */
    private String keepFaithful(String composed, NumberGuard guard, String design) {
        if (guard.faithful(composed) && !scanner.hasCritical(composed, design)) {
            return composed;
        }
        List<String> kept = new ArrayList<>();
        for (String part : composed.split("(?<=[.!?])\\s+")) {
            if (guard.faithful(part) && !scanner.hasCritical(part, design)) {
                kept.add(part);
            }
        }
        return String.join(" ", kept);
    }

    /** A source sentence as a draft line: citation markers and leading section labels or bullets removed. */
    static String tidy(String sentence) {
        String s = CITATION.matcher(sentence).replaceAll("");
        s = SECTION_LABEL.matcher(s.strip()).replaceFirst("");
        // A hard-wrapped sentence keeps its folds in the source: "post-\nexertional" joins up, other folds are spaces.
        s = HYPHEN_FOLD.matcher(s).replaceAll("");
        return s.replaceAll("\\s+", " ").strip();
    }
}
