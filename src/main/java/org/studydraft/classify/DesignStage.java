package org.studydraft.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * Study design by weighted cue phrases ({@code annotators/cues/design.tsv}). A cue counts more in the title,
 * the first sentences and methods sentences (where a paper says what it did) and less in background sentences
 * or sentences that cite other work (where it says what others did). The winner's matches are the evidence;
 * a close runner-up is recorded as a warning. Also decides {@code primary_study} and {@code human}.
 */
public final class DesignStage extends BaseStage {
    @SuppressWarnings("rawtypes")
    public static final Layer<Decision> DESIGN = Layer.of("design", Decision.class);
    @SuppressWarnings("rawtypes")
    public static final Layer<Decision> PRIMARY = Layer.of("primary_study", Decision.class);
    @SuppressWarnings("rawtypes")
    public static final Layer<Decision> HUMAN = Layer.of("human", Decision.class);

    /** Designs that describe no participants of their own. */
    public static final Set<String> NO_PARTICIPANTS = Set.of("none", "commentary", "narrative_review", "guideline");
    /** Designs that are not one specific empirical study. */
    public static final Set<String> NOT_PRIMARY = Set.of("none", "commentary", "narrative_review", "guideline", "systematic_review");

    private final CueSet cues;
    private final Pattern citing;
    private final int leadSentences;
    private final double leadFactor;
    private final double methodFactor;
    private final double citingFactor;
    private final double titleFactor;
    private final double selfFactor;
    private final double minScore;
    private final List<String> kindPriors;
    private final Pattern selfReference;

    public DesignStage(StageContext ctx) {
        super("design", Set.of(SegmentStage.SENTENCES, SentenceRoleStage.ROLES, MetadataStage.METADATA, KindStage.KIND), Set.of(DESIGN, PRIMARY, HUMAN));
        this.cues = CueSet.load(ctx.resource("cues", "cues/design.tsv"));
        this.citing = Pattern.compile(ctx.setting("citing_pattern",
                "(?i)(et al\\.?|\\[\\d+(?:[,–-]\\d+)*\\]|\\(\\d+(?:[,–-]\\d+)*\\)|previous(ly)? (studies|research|work)|"
                        + "prior (studies|research)|earlier (studies|research)|other studies|have (shown|reported|found)|"
                        + "has been (shown|reported))"));
        this.leadSentences = ctx.intSetting("lead_sentences", 6);
        this.leadFactor = ctx.doubleSetting("lead_factor", 1.5);
        this.methodFactor = ctx.doubleSetting("method_factor", 1.5);
        this.citingFactor = ctx.doubleSetting("citing_factor", 0.4);
        this.titleFactor = ctx.doubleSetting("title_factor", 2.5);
        this.selfFactor = ctx.doubleSetting("self_factor", 2.0);
        this.minScore = ctx.doubleSetting("min_score", 1.2);
        this.kindPriors = ctx.setting("kind_priors", "").isEmpty() ? List.of() : List.of(ctx.setting("kind_priors", "").split("\\s*,\\s*"));
        this.selfReference = Pattern.compile(ctx.setting("self_pattern",
                "(?i)\\b(we (conducted|performed|undertook|carried out|report|present|describe|did|ran|used|recruited|enrolled|compared|investigated|examined|assessed|aimed|analy[sz]ed)|"
                        + "this (study|trial|review|paper|report|article|analysis|survey)|the present (study|trial|review)|in this (study|trial|review))\\b"));
    }

    @Override
    public void process(Document doc) {
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        SentenceRoles roles = doc.get(SentenceRoleStage.ROLES);
        String text = doc.clean();
        Metadata md = doc.get(MetadataStage.METADATA);
        Span title = md.titleSpan();
        CueScorer scorer = new CueScorer();
        List<Cue> sentenceCues = cues.inScope("sentence");
        int content = 0;
        for (int i = 0; i < sents.size(); i++) {
            Span s = sents.get(i);
            String sentence = s.of(text);
            String role = roles.role(i);
            double factor = 1.0;
            if (content < leadSentences) {
                factor *= leadFactor;
            }
            if (role.equals("method") || role.equals("aim") || roles.section(i).equals("methods")) {
                factor *= methodFactor;
            }
            if (role.equals("background") || citing.matcher(sentence).find()) {
                factor *= citingFactor;
            }
            if (title != null && title.overlaps(s)) {
                factor *= titleFactor;
            } else if (selfReference.matcher(sentence).find()) {
                factor *= selfFactor;
            }
            if (!role.equals("heading")) {
                content++;
            }
            scorer.scan(sentenceCues, sentence, s.start(), factor);
        }
        // A page kind can back a label its own cues already point to: a blog post that argues is an opinion piece
        // unless it clearly describes a study (an explainer with no argument stays 'none').
        String kind = (String) doc.get(KindStage.KIND).label();
        for (String prior : kindPriors) {
            String[] p = prior.split(":");
            if (p.length == 3 && p[0].equals(kind) && scorer.score(p[1]) > 0) {
                scorer.add(p[1], Double.parseDouble(p[2]), null, "a " + kind + " page leans to '" + p[1] + "'");
            }
        }
        String best = scorer.best();
        if (best != null && scorer.score(best) < minScore) {
            best = null;
            scorer = new CueScorer();
        }
        if (best == null) {
            // No design named anywhere: weak structural hints (a comparison, counted participants) decide.
            for (int i = 0; i < sents.size(); i++) {
                Span s = sents.get(i);
                scorer.scan(cues.inScope("fallback"), s.of(text), s.start(), roles.role(i).equals("background") ? 0.3 : 1.0);
            }
            best = scorer.best();
        }
        Decision<String> design;
        if (best == null) {
            design = new Decision<>("none", 0.4, "no study-design cue found in the text", List.of());
        } else {
            List<String> warnings = new ArrayList<>();
            String second = scorer.second();
            if (second != null && scorer.score(second) >= 0.7 * scorer.score(best)) {
                warnings.add("design: '" + best + "' (" + round(scorer.score(best)) + ") narrowly ahead of '" + second
                        + "' (" + round(scorer.score(second)) + ")");
            }
            design = new Decision<>(best, scorer.confidence(best),
                    "design cues for '" + best + "': " + String.join("; ", scorer.notes(best)), scorer.evidence(best), warnings);
        }
        doc.put(DESIGN, design);
        String label = design.label();
        doc.put(PRIMARY, new Decision<>(!NOT_PRIMARY.contains(label), design.confidence(),
                NOT_PRIMARY.contains(label) ? "design '" + label + "' is not one specific empirical study"
                        : "design '" + label + "' reports one empirical study", design.evidence()));
        Boolean human = label.equals("preclinical") ? Boolean.FALSE : NO_PARTICIPANTS.contains(label) ? null : Boolean.TRUE;
        doc.put(HUMAN, new Decision<>(human, design.confidence(),
                human == null ? "no participants studied (design '" + label + "')"
                        : human ? "design '" + label + "' studies people" : "animals, cells or tissue only", design.evidence()));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
