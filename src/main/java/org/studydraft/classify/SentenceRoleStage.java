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
import org.studydraft.core.Stage;
import org.studydraft.core.StageContext;
import org.studydraft.extract.StatisticStage;
import org.studydraft.extract.Statistic;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * Marks each sentence with its rhetorical role from cue phrases ({@code annotators/cues/roles.tsv}), the section
 * heading it sits under ({@code annotators/cues/sections.tsv} maps heading words to sections), and whether it
 * carries a statistic. A section heading gives a strong prior ("Results" → finding); cues and statistics decide
 * within a section; hedged interpretive wording ("suggest", "may") turns a finding into a conclusion.
 */
public final class SentenceRoleStage implements Stage {
    public static final Layer<SentenceRoles> ROLES = Layer.of("roles", SentenceRoles.class);

    private final CueSet cues;
    private final Map<String, String> headingToSection = new HashMap<>();
    private final Pattern headingShape;
    private final double threshold;
    private final int minWords;

    public SentenceRoleStage(StageContext ctx) {
        this.cues = CueSet.load(ctx.resource("cues", "cues/roles.tsv"));
        for (String[] row : org.studydraft.core.Resources.readTsv(ctx.resource("sections", "cues/sections.tsv"), 2)) {
            headingToSection.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        this.headingShape = Pattern.compile(ctx.setting("heading_pattern", "^[\\p{L} /&'’-]{2,40}:?$"));
        this.threshold = ctx.doubleSetting("threshold", 1.5);
        this.minWords = ctx.intSetting("min_words", 6);
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SegmentStage.SENTENCES, StatisticStage.STATISTICS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ROLES);
    }

    @Override
    public void process(Document doc) {
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        List<Statistic> stats = doc.get(StatisticStage.STATISTICS);
        String text = doc.clean();
        List<String> roles = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        String section = "";
        for (int i = 0; i < sents.size(); i++) {
            Span s = sents.get(i);
            String sentence = s.of(text);
            // "2 METHODS", "3.1 Participants", "IV. Results": numbering does not change the section.
            String key = sentence.strip().replaceAll("[:.]$", "").replaceFirst("^(?:\\d+(?:\\.\\d+)*|[IVX]+)\\.?\\s+", "")
                    .toLowerCase(Locale.ROOT);
            String heading = headingToSection.get(key);
            if (heading != null) {
                section = heading;
                roles.add("heading");
                sections.add(section);
                continue;
            }
            // An inline "Results: ..." label opens a section too.
            int colon = sentence.indexOf(':');
            if (colon > 0 && colon < 30) {
                String label = headingToSection.get(sentence.substring(0, colon).strip().toLowerCase(Locale.ROOT));
                if (label != null) {
                    section = label;
                }
            }
            sections.add(section);
            if (headingShape.matcher(sentence).matches() && sentence.split("\\s+").length <= 6 && !sentence.endsWith(".")) {
                roles.add("heading");
                continue;
            }
            if (section.equals("backmatter") || section.equals("other") || sentence.split("\\s+").length < minWords) {
                roles.add("other");
                continue;
            }
            roles.add(roleOf(sentence, section, hasStatistic(stats, s)));
        }
        doc.put(ROLES, new SentenceRoles(List.copyOf(roles), List.copyOf(sections)));
    }

    private static boolean hasStatistic(List<Statistic> stats, Span s) {
        for (Statistic st : stats) {
            if (s.contains(st.span())) {
                return true;
            }
        }
        return false;
    }

    private String roleOf(String sentence, String section, boolean statistic) {
        CueScorer scorer = new CueScorer();
        scorer.scan(cues.inScope("sentence"), sentence, 0, 1.0);
        for (Cue cue : cues.inScope("section")) {
            if (cue.pattern().matcher(section).matches()) {
                scorer.add(cue.label(), cue.weight(), null, "section " + section);
            }
        }
        if (statistic) {
            scorer.add("finding", 1.5, null, "reports a statistic");
        }
        String best = scorer.best();
        if (best == null || scorer.score(best) < threshold) {
            return "other";
        }
        return best;
    }
}
