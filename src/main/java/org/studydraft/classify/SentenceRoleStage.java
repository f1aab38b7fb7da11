package org.studydraft.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.extract.StatisticStage;
import org.studydraft.extract.Statistic;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * Marks each sentence with its rhetorical role in two passes.
 *
 * <p>Pass one finds the structure of the text: the section each sentence falls under (headings, inline labels such
 * as "Results:" and question headings such as "What did they find?", from {@code annotators/cues/sections.tsv} and
 * the {@code heading} cues of {@code annotators/cues/roles.tsv}) and, in forum threads, where the opening post ends
 * and the replies begin (the {@code post} cues). Pass two labels each sentence within that structure:
 * <ul>
 *   <li>under a heading whose role is fixed (an atlas entry's "Observed Findings" list) every item takes that role;</li>
 *   <li>in a results section a sentence is a finding unless it only describes the method or the sample;</li>
 *   <li>in a conclusions section a sentence is a conclusion, or a finding when it reports an observation (a sentence
 *       that both reports and interprets counts as a finding);</li>
 *   <li>background, aims and methods sections hold no findings or conclusions, and replies, back matter and site
 *       chrome hold nothing;</li>
 *   <li>elsewhere (unstructured abstracts, news, blogs, the opening post of a thread) the sentence cues decide, and a
 *       hedged or interpretive sentence counts as a conclusion only after the text has reported a finding, or when it
 *       says itself that it interprets the study's results ("These findings suggest...", "The authors conclude...").</li>
 * </ul>
 */
public final class SentenceRoleStage extends BaseStage {
    public static final Layer<SentenceRoles> ROLES = Layer.of("roles", SentenceRoles.class);

    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*|[IVX]+)[.)]?\\s+");
    private static final Pattern MARKUP = Pattern.compile("^(?:#+\\s*|\\*\\*|__)|(?:\\*\\*|__)$");
    private static final Pattern BOLD_LABEL = Pattern.compile("^(?:\\*\\*|__)([^*_]{2,40})(?:\\*\\*|__)\\s*:?\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*–·▪]|\\(?\\d{1,2}[.)])\\s+");
    private static final Pattern SPEAKER = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{1,30}(?:\\s*\\([^)]{1,20}\\))?:\\s+(?=\\S)");
    private static final Pattern LEAD_CONJUNCTION = Pattern.compile("^(?:and|so|but|ok|okay|well|now)\\b,?\\s+");
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"”’')\\]]\\s*$");

    private final CueSet cues;
    private final Map<String, String> headingToSection = new HashMap<>();
    private final Map<String, String> headingToRole = new HashMap<>();
    private final Pattern headingShape;
    private final double threshold;
    private final int minWords;
    private final int minListWords;
    private final double strongFinding;
    private final double strongReport;

    public SentenceRoleStage(StageContext ctx) {
        super("roles", Set.of(SegmentStage.SENTENCES, StatisticStage.STATISTICS), Set.of(ROLES));
        this.cues = CueSet.load(ctx.resource("cues", "cues/roles.tsv"));
        for (String[] row : org.studydraft.core.Resources.readTsv(ctx.resource("sections", "cues/sections.tsv"), 3)) {
            String key = row[0].toLowerCase(Locale.ROOT);
            headingToSection.put(key, row[1]);
            if (!row[2].isEmpty()) {
                headingToRole.put(key, row[2]);
            }
        }
        this.headingShape = Pattern.compile(ctx.setting("heading_pattern", "^[\\p{L} /&'’-]{2,40}:?$"));
        this.threshold = ctx.doubleSetting("threshold", 1.0);
        this.minWords = ctx.intSetting("min_words", 6);
        this.minListWords = ctx.intSetting("min_list_words", 3);
        this.strongFinding = ctx.doubleSetting("strong_finding", 2.5);
        this.strongReport = ctx.doubleSetting("strong_report", 2.0);
    }

    @Override
    public void process(Document doc) {
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        List<Statistic> stats = doc.get(StatisticStage.STATISTICS);
        String text = doc.clean();
        int n = sents.size();
        String[] sentence = new String[n];
        for (int i = 0; i < n; i++) {
            // "HOST: And what came out?" in a transcript: the speaker's name is not part of what is said.
            sentence[i] = withoutSpeaker(sents.get(i).of(text).strip());
        }

        // Pass one: sections, headings, fixed roles and where the replies of a thread begin.
        List<String> sections = new ArrayList<>();
        String[] role = new String[n];
        // Each sentence's prefilter pass, made in pass one and reused in pass two.
        CueSet.Text[] scanned = new CueSet.Text[n];
        String[] fixed = new String[n];
        String section = "";
        String fixedRole = null;
        boolean content = false;
        boolean postOpened = false;
        boolean replies = false;
        String listOuter = null;
        String listOuterRole = null;
        boolean listItems = false;
        for (int i = 0; i < n; i++) {
            String s = sentence[i];
            boolean marker = false;
            CueSet.Text on = replies ? null : cues.on(s);
            scanned[i] = on;
            if (!replies && on.anyMatch("post_start")) {
                // A second post starting after the opening post's text: the replies begin.
                replies = postOpened && content;
                postOpened = true;
                content = false;
                marker = true;
            } else if (!replies && content && on.anyMatch("post_end")) {
                replies = true;
            }
            if (replies) {
                sections.add("reply");
                role[i] = isHeadingLine(s) ? "heading" : "other";
                continue;
            }
            // "Key recommendations include:" heads its list only: the first line after the items returns to the
            // section the list interrupted.
            if (listOuter != null) {
                if (BULLET.matcher(s).find()) {
                    listItems = true;
                } else if (listItems) {
                    section = listOuter;
                    fixedRole = listOuterRole;
                    listOuter = null;
                }
            }
            String key = headingKey(s);
            String heading = headingToSection.get(key);
            if (heading == null && isHeadingLine(s)) {
                heading = headingCue(key);
                if (heading == null && s.endsWith("?")) {
                    heading = "";   // "What are mast cells?": a new topic, no prior
                }
            }
            if (heading != null) {
                if (s.endsWith(":")) {
                    listOuter = listOuter != null ? listOuter : section;
                    listOuterRole = listOuter != null ? listOuterRole : fixedRole;
                    listItems = false;
                } else {
                    listOuter = null;
                }
                section = heading;
                fixedRole = headingToRole.get(key);
                sections.add(section);
                role[i] = "heading";
                continue;
            }
            // An inline "Results: ..." or "**Results** ..." label opens a section too.
            String label = inlineLabel(s);
            if (label != null) {
                section = label;
                fixedRole = null;
                listOuter = null;
            }
            sections.add(section);
            fixed[i] = fixedRole;
            if (!marker && words(s) >= minWords) {
                content = true;
            }
        }

        // Pass two: each sentence within its section.
        boolean findingSeen = false;
        boolean bodyStarted = false;
        for (int i = 0; i < n; i++) {
            if (role[i] != null) {
                continue;
            }
            String s = sentence[i];
            String sec = sections.get(i);
            boolean bullet = BULLET.matcher(s).find();
            int w = words(s);
            if (fixed[i] != null) {
                role[i] = w >= minListWords && !isHeadingLine(s) ? fixed[i] : "other";
                continue;
            }
            if (isHeadingLine(s) && !bullet) {
                role[i] = "heading";
                continue;
            }
            boolean list = bullet && (sec.equals("results") || sec.equals("conclusions"));
            if (sec.equals("backmatter") || sec.equals("other") || w < (list ? minListWords : minWords)) {
                role[i] = "other";
                continue;
            }
            // A line without closing punctuation (a headline, a title, a caption) is not a sentence of the text,
            // except a list item under a results or conclusions heading, or the text's cut-off last line.
            boolean unterminated = !TERMINAL.matcher(s).find() && i < n - 1;
            Cues c = score(scanned[i] != null ? scanned[i] : cues.on(s), hasStatistic(stats, sents.get(i)));
            String r = decide(c, sec);
            if (s.endsWith("?")) {
                r = "other";    // a question asks, it does not report or conclude
            }
            if (unterminated && !list && (r.equals("finding") || r.equals("conclusion"))) {
                r = "other";
            }
            if (r.equals("conclusion") && !findingSeen && isOpen(sec) && !c.explicitConclusion) {
                r = "other";
            }
            // The opening of an unstructured text, before it names its study, its aim or its method, sets the
            // scene: a general statement there ("X is common", "Y is associated with Z") is background unless it
            // reports a result outright (a statistic, or the study or its researchers as the ones who found it).
            if (r.equals("finding") && !bodyStarted && isOpen(sec) && !c.statistic && c.finding < strongFinding
                    && !c.studyReference) {
                r = "background";
            }
            if (r.equals("finding") || r.equals("method") || r.equals("aim") || c.studyReference || !isOpen(sec)) {
                bodyStarted = true;
            }
            if (r.equals("finding")) {
                findingSeen = true;
            }
            role[i] = r;
        }
        doc.put(ROLES, new SentenceRoles(List.of(role), List.copyOf(sections)));
    }

    /** "HOST: And what came out?" → "And what came out?"; a section label in capitals ("RESULTS: ...") stays. */
    private String withoutSpeaker(String s) {
        var m = SPEAKER.matcher(s);
        if (m.find() && !headingToSection.containsKey(headingKey(m.group()))) {
            return s.substring(m.end());
        }
        return s;
    }

    /** Sections that give no prior: before any heading, a bare "Abstract" heading. */
    private static boolean isOpen(String section) {
        return section.isEmpty() || section.equals("abstract");
    }

    /** The role of a sentence from its cues and the section it sits in. */
    private String decide(Cues c, String section) {
        String local = c.best(threshold);
        switch (section) {
            case "results" -> {
                if (c.chrome) {
                    return "other";
                }
                if (c.explicitConclusion && !c.statistic) {
                    return "conclusion";
                }
                if (c.statistic) {
                    return "finding";
                }
                if (local.equals("limitation") && c.scorer.score("limitation") > c.finding) {
                    return "limitation";
                }
                if (c.finding > 0) {
                    return c.sample && c.finding < 2 ? "method" : "finding";
                }
                if (local.equals("method") && c.scorer.score("method") < 2) {
                    return "finding";   // a design word alone ("in the cohort") does not make a result a method
                }
                if (local.equals("conclusion") || local.equals("method") || local.equals("aim") || local.equals("background")) {
                    return local;
                }
                return c.sample ? "method" : "finding";
            }
            case "conclusions" -> {
                if (c.chrome) {
                    return "other";
                }
                if (c.reportsObservation()) {
                    return "finding";
                }
                // What others found stays background, unless the sentence sets the study's own results against it.
                return local.equals("background") && c.conclusion == 0 && !c.studyReference ? "background" : "conclusion";
            }
            case "methods" -> {
                return demote(local, "method");
            }
            case "background" -> {
                return demote(local, "background");
            }
            case "aim" -> {
                return demote(local, "aim");
            }
            case "limitations" -> {
                return local.equals("other") ? "other" : "limitation";
            }
            default -> {
                if (c.chrome) {
                    return "other";
                }
                // A sentence that both reports a result and interprets it counts as a finding (the guide).
                if (local.equals("conclusion") && !c.explicitConclusion && (c.reportsObservation() || c.finding >= strongReport)) {
                    return "finding";
                }
                return local;
            }
        }
    }

    private static String demote(String local, String sectionRole) {
        return local.equals("finding") || local.equals("conclusion") ? sectionRole : local;
    }

    /** Cue weights of one sentence, by label, and the flags the section rules need. */
    static final class Cues {
        final CueScorer scorer = new CueScorer();
        double finding;
        double conclusion;
        boolean statistic;
        boolean sample;
        boolean chrome;
        boolean explicitConclusion;
        boolean observation;
        boolean studyReference;

        String best(double threshold) {
            String best = scorer.best();
            return best == null || scorer.score(best) < threshold ? "other" : best;
        }

        /** Reports what the study observed: a statistic, or finding cues at least as strong as the interpretation. */
        boolean reportsObservation() {
            return statistic || observation;
        }
    }

    /** The cues of a sentence, already scanned for which cues can match it (one pass serves all scopes). */
    private Cues score(CueSet.Text on, boolean statistic) {
        Cues c = new Cues();
        c.scorer.scan(on, "sentence", 0, 1.0);
        if (statistic) {
            c.scorer.add("finding", 1.5, null, "reports a statistic");
        }
        c.statistic = statistic;
        c.finding = c.scorer.score("finding");
        c.conclusion = c.scorer.score("conclusion");
        c.sample = on.anyMatch("sample");
        c.chrome = on.anyMatch("chrome");
        c.explicitConclusion = on.anyMatch("explicit");
        if (c.explicitConclusion) {
            c.scorer.add("conclusion", 2.5, null, "interprets the study's results");
            c.conclusion = c.scorer.score("conclusion");
        }
        c.observation = on.anyMatch("observation");
        c.studyReference = on.anyMatch("study");
        if (c.chrome) {
            c.scorer.add("other", 5, null, "site chrome");
        }
        return c;
    }

    /** The section a question or label heading opens ("What did they find?" → results), or null. */
    private String headingCue(String key) {
        String question = LEAD_CONJUNCTION.matcher(key).replaceFirst("");
        Cue cue = cues.on(question).first("heading");
        return cue == null ? null : cue.label();
    }

    /** A line that reads as a heading: short, no closing full stop, or a question or label line ending in ? or :. */
    private boolean isHeadingLine(String s) {
        if (s.endsWith(".")) {
            return false;
        }
        if (headingShape.matcher(s).matches() && words(s) <= 6) {
            return true;
        }
        return (s.endsWith("?") || s.endsWith(":")) && words(s) <= 8 && !BULLET.matcher(s).find();
    }

    /** "2 METHODS", "3.1 Participants", "IV. Results", "**Results**", "## Results:" all give "results". */
    static String headingKey(String sentence) {
        String s = sentence.strip();
        s = MARKUP.matcher(s).replaceAll("").strip();
        s = s.replaceAll("[:.?]$", "").strip();
        s = NUMBERING.matcher(s).replaceFirst("");
        return s.toLowerCase(Locale.ROOT);
    }

    /** The section named by an inline label at the start of a sentence ("Results: ...", "**Conclusions** ..."). */
    private String inlineLabel(String sentence) {
        var bold = BOLD_LABEL.matcher(sentence);
        if (bold.find()) {
            String label = headingToSection.get(bold.group(1).strip().toLowerCase(Locale.ROOT));
            if (label != null) {
                return label;
            }
        }
        int colon = sentence.indexOf(':');
        if (colon > 0 && colon < 30) {
            String key = headingKey(sentence.substring(0, colon));
            String label = headingToSection.get(key);
            return label != null ? label : headingCue(key);
        }
        return null;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static boolean hasStatistic(List<Statistic> stats, Span s) {
        for (Statistic st : stats) {
            if (s.contains(st.span())) {
                return true;
            }
        }
        return false;
    }
}
