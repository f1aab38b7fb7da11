package org.studydraft.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * Study design by weighted cue phrases ({@code annotators/cues/design.tsv}). A cue counts more in the title,
 * the first sentences and methods sentences (where a paper says what it did) and less in background sentences,
 * sentences that cite other work (where it says what others did) and the replies of a forum thread. The winner's matches are the evidence;
 * a close runner-up is recorded as a warning. Also decides {@code primary_study} and {@code human}.
 *
 * <p>Cue scopes besides {@code sentence}: {@code citing} and {@code self} mark sentences about other work and about
 * the text itself; {@code not_own} names designs (comma-separated labels) a sentence mentions but not as the text's
 * own (denied: "we did not conduct a systematic search"; searched for or included by a review; a survey the writer
 * filled in), whose cues then do not count there; {@code skip} sentences and the lines under a {@code skip_heading} (MeSH topics,
 * reference lists, "Similar articles") are about other papers; under a {@code publication_type_heading} the
 * {@code publication_type} cues read the index's own article type. Cues labelled {@code review} ("this review") say
 * only that the text is a review: they join whichever review kind its other cues support, narrative when none, and
 * count for nothing in a text that replies to a published review ({@code reply_to_review}).
 * {@code fallback} cues (a comparison, counted participants, a reported study) decide only when no design is named.
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
    /** The label of cues that name a review without saying which kind. */
    static final String ANY_REVIEW = "review";

    /** Matched through {@link CueSet#on}: each sentence is scanned once for which cues can match it. */
    private final CueSet cues;
    private final int leadSentences;
    private final double leadFactor;
    private final double methodFactor;
    private final double citingFactor;
    private final double replyFactor;
    private final double titleFactor;
    private final double selfFactor;
    private final double minScore;
    private final List<String> kindPriors;

    public DesignStage(StageContext ctx) {
        super("design", Set.of(SegmentStage.SENTENCES, SentenceRoleStage.ROLES, MetadataStage.METADATA, KindStage.KIND), Set.of(DESIGN, PRIMARY, HUMAN));
        this.cues = CueSet.load(ctx.resource("cues", "cues/design.tsv"));
        this.leadSentences = ctx.intSetting("lead_sentences", 6);
        this.leadFactor = ctx.doubleSetting("lead_factor", 1.5);
        this.methodFactor = ctx.doubleSetting("method_factor", 1.5);
        this.citingFactor = ctx.doubleSetting("citing_factor", 0.4);
        this.replyFactor = ctx.doubleSetting("reply_factor", 0.3);
        this.titleFactor = ctx.doubleSetting("title_factor", 2.5);
        this.selfFactor = ctx.doubleSetting("self_factor", 2.0);
        this.minScore = ctx.doubleSetting("min_score", 1.2);
        this.kindPriors = ctx.setting("kind_priors", "").isEmpty() ? List.of() : List.of(ctx.setting("kind_priors", "").split("\\s*,\\s*"));
    }

    @Override
    public void process(Document doc) {
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        SentenceRoles roles = doc.get(SentenceRoleStage.ROLES);
        String text = doc.clean();
        Metadata md = doc.get(MetadataStage.METADATA);
        Span title = md.titleSpan();
        CueScorer scorer = new CueScorer();
        CueScorer reviews = new CueScorer();
        String heading = "";
        // The heading's cues change only when the heading does.
        boolean typeHeading = cues.anyMatch("publication_type_heading", heading);
        boolean skipHeading = cues.anyMatch("skip_heading", heading);
        int content = 0;
        boolean repliesToReview = false;
        for (int i = 0; i < sents.size(); i++) {
            Span s = sents.get(i);
            String sentence = s.of(text);
            CueSet.Text on = cues.on(sentence);
            String role = roles.role(i);
            if (role.equals("heading")) {
                heading = sentence.strip();
                typeHeading = cues.anyMatch("publication_type_heading", heading);
                skipHeading = cues.anyMatch("skip_heading", heading);
            }
            if (typeHeading && !role.equals("heading")) {
                // The index's own article type ("Publication types: Review"): said of this paper, at face value.
                scorer.scan(on, "publication_type", DesignStage::namesDesign, s.start(), 1.0);
                reviews.scan(on, "publication_type", DesignStage::namesReview, s.start(), 1.0);
                continue;
            }
            if (skipHeading || on.anyMatch("skip")) {
                continue;
            }
            double factor = 1.0;
            if (content < leadSentences) {
                factor *= leadFactor;
            }
            if (role.equals("method") || role.equals("aim") || roles.section(i).equals("methods")) {
                factor *= methodFactor;
            }
            if (role.equals("background") || on.anyMatch("citing")) {
                factor *= citingFactor;
            }
            if (roles.section(i).equals("reply")) {
                // Replies in a thread are posters' views ("what we need is a proper RCT"), not the study's design.
                factor *= replyFactor;
            }
            if (title != null && title.overlaps(s)) {
                factor *= titleFactor;
            } else if (on.anyMatch("self")) {
                factor *= selfFactor;
            }
            if (!role.equals("heading")) {
                content++;
            }
            repliesToReview |= on.anyMatch("reply_to_review");
            Set<String> denied = new HashSet<>();
            on.forEachMatch("not_own", (cue, m) -> denied.addAll(List.of(cue.label().split(","))));
            scorer.scan(on, "sentence", c -> namesDesign(c) && !denied.contains(c.label()), s.start(), factor);
            reviews.scan(on, "sentence", DesignStage::namesReview, s.start(), factor);
        }
        if (!repliesToReview) {
            // A letter or comment on a published review says "this review" of that review, not of itself.
            addReviewKind(scorer, reviews);
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
        boolean fallback = best == null;
        if (fallback) {
            // No design named anywhere: weak structural hints (a comparison, counted participants, a reported study) decide.
            for (int i = 0; i < sents.size(); i++) {
                Span s = sents.get(i);
                scorer.scan(cues, "fallback", s.of(text), s.start(), roles.role(i).equals("background") ? 0.3 : 1.0);
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
            if (fallback) {
                warnings.add("design: the text names no design; '" + best + "' is inferred from weak hints");
            }
            double confidence = fallback ? Math.min(0.5, scorer.confidence(best)) : scorer.confidence(best);
            design = new Decision<>(best, confidence, (fallback ? "no design named; weak hints for '" : "design cues for '") + best + "': "
                    + String.join("; ", scorer.notes(best)), scorer.evidence(best), warnings);
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

    /**
     * "This review" says the text is a review, not which kind: its weight joins the kind the other cues favour
     * (systematic when they name a search, PRISMA or a meta-analysis more than a narrative review), else narrative.
     */
    private static void addReviewKind(CueScorer scorer, CueScorer reviews) {
        double weight = reviews.score(ANY_REVIEW);
        if (weight <= 0) {
            return;
        }
        String kind = scorer.score("systematic_review") > scorer.score("narrative_review") ? "systematic_review" : "narrative_review";
        List<Span> spans = reviews.evidence(ANY_REVIEW);
        String note = String.join("; ", reviews.notes(ANY_REVIEW)) + " (the kind of review follows the other cues)";
        scorer.add(kind, weight, spans.isEmpty() ? null : spans.get(0), note);
        for (Span span : spans.subList(Math.min(1, spans.size()), spans.size())) {
            scorer.add(kind, 0, span, null);
        }
    }

    /** A cue that names a design (not just "a review"). */
    private static boolean namesDesign(Cue cue) {
        return !cue.label().equals(ANY_REVIEW);
    }

    private static boolean namesReview(Cue cue) {
        return cue.label().equals(ANY_REVIEW);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
