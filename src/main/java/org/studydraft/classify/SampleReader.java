package org.studydraft.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.studydraft.core.Span;

/**
 * Reads the sample one sentence states. Counts qualify only when attached to a participant noun of
 * {@code annotators/cues/sample.tsv} ("56 ME/CFS patients and 52 healthy controls", "40 women with ME/CFS"), to an
 * {@code n =} ("participants (n = 40)", "placebo (n = 75)", "n = 18 per group"), to a condition named by the
 * entity layer ("174 ME/CFS, 86 healthy controls", "22 patients with FM, 30 with ME/CFS") or to a stated total
 * ("a total of 1,234", "N=151 randomised", "Of the 300 enrolled, 270 completed"). Traps are refused by their
 * context: ages, time points and ratios before the count, years, population figures ("affecting 250,000 people"),
 * and participants pooled from counted studies.
 */
final class SampleReader {
    /** What a sentence states, with the context the stage's choice between sentences weighs. */
    record Reading(SampleSize sample, boolean stated, boolean ownVoice, boolean subset) {
    }

    /** A parenthesis right after a count: its share ("174 (65%)") or the count again in digits ("Twenty-five (25)"). */
    private static final String ASIDE = "\\((?:\\d+(?:\\.\\d+)?[ ]?%|\\d+)\\)";
    /** A count must not continue a number, a word or a ratio ("C57BL/6 mice", "43/45 patients", "COVID-19 patients"). */
    private static final String FREE = "(?<![\\d.,/\\p{L}-])";
    /** After a count: the whole number was read ("2,310" is not "2" followed by a comma). */
    private static final String WHOLE = "(?![.,]?\\d|[ ]\\d{3}\\b)";
    /** A count with its percentage, inside or right after the group phrase. */
    private static final Pattern SHARE = Pattern.compile("[ ]?\\(\\d+(?:\\.\\d+)?[ ]?%");
    private static final String N_EQUALS = "[nN][ ]?=[ ]?(?<n>\\d{1,3}(?:,\\d{3})+|\\d+)";

    private final Pattern groupPhrase;
    private final Pattern conditionCount;
    private final Pattern conditionEnd;
    private final Pattern nInParens;
    private final Pattern armInParens;
    private final Pattern bareN;
    private final Pattern elidedGroup;
    private final Pattern notAGroupLabel;
    private final Pattern perGroup;
    private final Pattern groupCount;
    private final Pattern totalStatement;
    private final Pattern nounAfter;
    private final Pattern unitAfter;
    private final Pattern flow;
    private final Pattern screening;
    private final Pattern screenedBefore;
    private final Pattern screenedAfter;
    private final Pattern notACount;
    private final Pattern year;
    private final Pattern yearBefore;
    private final Pattern populationBefore;
    private final Pattern populationAfter;
    private final Pattern pooledStudies;
    private final Pattern subsetBefore;
    private final Pattern verbBefore;
    private final Pattern groupJoiner;
    private final Pattern endsWithJoiner;
    private final int maxJoinerChars;
    private final int maxLongJoinerChars;

    SampleReader(SampleCues cues, String groupJoiner, int maxJoinerChars, int maxLongJoinerChars) {
        String noun = cues.any("noun");
        String units = cues.any("unit_after");
        String count = NumberWords.COUNT;
        // Up to four words between the count and the noun, none of them a unit ("5 days in primed mice").
        String modifier = "(?:(?!" + units + "\\b)[\\p{L}/'’-]+[ ]){0,4}?";
        String word = "[\\p{L}/'’-]+";
        this.groupPhrase = Pattern.compile("(?i)" + FREE + "\\b(?<n>" + count + ")(?:[ ]" + ASIDE + ")?[ ](?<label>" + modifier + noun
                + "(?:[ ](?:with|without|from|who)[ ](?:(?!(?:and|or|vs|versus)\\b)" + word + "[ ]?){1,4})?)(?![\\p{L}])");
        this.conditionCount = Pattern.compile("(?i)" + FREE + "\\b(?<n>" + count + ")(?:[ ]" + ASIDE + ")?[ ](?:(?:with|without|having)[ ])?");
        this.conditionEnd = Pattern.compile("(?i)^[ ]?(?:$|[,;.)]|(?:and|or|vs\\.?|versus|compared)\\b)");
        this.nInParens = Pattern.compile("(?i)(?<label>(?:" + word + "[ ]){0,3}" + noun
                + "(?:[ ](?:with|without)[ ](?:" + word + "[ ]?){1,3})?)[ ]?\\((?:[^()]{0,20}?;[ ]?)?" + N_EQUALS + "\\)");
        // Arms of a trial or rows of a table: any short label with its n ("rituximab (n = 76)").
        this.armInParens = Pattern.compile("(?<label>\\p{L}[\\p{L}/'’-]*(?:[ ]\\p{L}[\\p{L}/'’-]*){0,2})[ ]?\\((?:[^()]{0,20}?;[ ]?)?" + N_EQUALS + "\\)");
        // "(ME/CFS, n = 20; HC, n = 20)", "n = 40 adolescents": an n with or without a label before it.
        // Without a label, an n that opens a parenthesis needs its label after it ("(n = 20 ME/CFS, n = 20 HC)"): in
        // "blood samples (n = 120)" and "at week 12 (n = 35)" the label before was refused.
        this.bareN = Pattern.compile("(?:(?<label>\\p{L}[\\p{L}/'’-]*(?:[ ]\\p{L}[\\p{L}/'’-]*){0,2})[,:]?[ ]|(?<![(\\p{L}])|(?<=\\()(?=[nN][ ]?=[ ]?\\d[\\d,]*[ ]\\p{L}))\\b"
                + N_EQUALS + "\\b(?![ ]?%|[.,]\\d|[ ](?:per|in each|each|in every)\\b)");
        // "22 patients with FM, 30 with ME/CFS", "40 were randomised to rituximab and 38 to placebo": a group whose noun is
        // left out because an earlier group of the sentence gave it.
        this.elidedGroup = Pattern.compile("(?i)(?:[,;]|\\band|\\bvs\\.?|\\bversus)[ ](?<n>" + count + ")(?:[ ]" + ASIDE
                + ")?[ ](?<label>(?:to|with|without|received|receiving|in the)[ ]\\p{L}[\\p{L}/'’-]*(?:[ ](?!(?:and|or)\\b)[\\p{L}/'’-]+){0,2})");
        this.notAGroupLabel = Pattern.compile("(?i)(?:^|[ ])(?:" + units + "|" + cues.any("not_before") + "|" + cues.any("study_unit") + ")$");
        this.perGroup = Pattern.compile("(?i)(?:\\b[nN][ ]?=[ ]?|" + FREE + "\\b)(?<n>" + count + ")(?:[ ]" + noun + ")?[ ](?:per|in each|each|in every)"
                + "(?:[ ]of[ ](?:the[ ])?(?<k>" + count + "))?[ ](?:group|arm|condition)s?\\b");
        this.groupCount = Pattern.compile("(?i)\\b(?<k>" + count + ")[ ](?:" + word + "[ ]){0,2}?(?:groups|arms|cohorts)\\b");
        this.totalStatement = Pattern.compile("(?i)(?:\\b(?:a total of|total of|total sample of|sample of|sample size of|cohort of)[ ](?<n>" + count
                + ")\\b(?![ ]?%)|\\b(?-i:N)[ ]?=[ ]?(?<n2>\\d{1,3}(?:,\\d{3})*|\\d+)\\b(?![ ]?(?:per|in each))|" + FREE + "\\b(?<n3>" + count
                + ")[ ](?:" + modifier + noun + "[ ])?(?:were|was)[ ](?:" + cues.any("total_verb") + ")|" + FREE + "\\b(?<n4>" + count
                + ")[ ](?:" + modifier + noun + "[ ])?in total\\b"
                // "and enrolled 120 who met the criteria", "212 responded (71%)": a count the verb makes participants.
                + "|\\b" + cues.any("verb_before") + "[ ](?<n5>" + count + ")" + WHOLE + "(?=[ ]?(?:[,;.:)]|$)|[ ](?:who|whom|that|and)\\b)"
                + "|" + FREE + "\\b(?<n6>" + count + ")" + WHOLE + "(?:[ ]" + ASIDE + ")?[ ](?:" + modifier + noun + "[ ])?(?:(?:were|was)[ ])?"
                + cues.any("took_part") + ")");
        this.nounAfter = Pattern.compile("(?i)^[ ](?:" + word + "[ ]){0,3}?" + noun + "\\b");
        this.unitAfter = Pattern.compile("(?i)^[ ](?:" + word + "[ ]){0,3}?(?:" + units + "|" + cues.any("study_unit") + ")\\b");
        // "Of the 300 enrolled, 270 completed" / "Of 251 eligible patients, 214 agreed": a flow from one count to the next.
        this.flow = Pattern.compile("(?i)(?:^|[:;][ ])[\"“'‘]?(?:of|among|from)[ ](?:the[ ]|these[ ]|those[ ]|all[ ])?(?<n1>" + count
                + ")(?<what>(?:[^,;:.()]|\\([^()]*\\)){0,80}?)[,;][ ]?(?:(?:only|just)[ ])?(?<n2>" + count + ")\\b(?![ ]?%|[.,]\\d)");
        this.screening = Pattern.compile("(?i)\\b" + cues.any("screening"));
        // "We screened 500 patients", "300 patients were invited": counts of people asked, not of participants.
        this.screenedBefore = Pattern.compile("(?i)\\b" + cues.any("asked") + "[ ](?:\\S+[ ])?$");
        this.screenedAfter = Pattern.compile("(?i)^[ ]?(?:were|was)[ ](?:\\p{L}+ly[ ])?" + cues.any("asked"));
        this.notACount = Pattern.compile("(?i)\\b" + cues.any("not_before") + "[ ]$");
        this.year = Pattern.compile("(?:19|20)\\d\\d");
        this.yearBefore = Pattern.compile("(?i)\\b" + cues.any("year_before") + "[ ]$");
        this.populationBefore = Pattern.compile("(?i)\\b" + cues.any("population_before") + "[ ](?:\\S+[ ]){0,3}$");
        this.populationAfter = Pattern.compile("(?i)^[ ,]*(?:\\([^()]*\\)[ ]?)?" + cues.any("population_after"));
        this.pooledStudies = Pattern.compile("(?i)\\b" + count + "[ ](?:" + word + "[ ]){0,2}?" + cues.any("study_unit") + "\\b");
        this.subsetBefore = Pattern.compile("(?i)\\b" + cues.any("subset_before") + "\\b[^.;:]{0,20}$");
        this.verbBefore = Pattern.compile("(?i)\\b" + cues.any("verb_before") + "[ ](?:\\p{L}+[ ]){0,3}$");
        this.groupJoiner = Pattern.compile(groupJoiner);
        this.endsWithJoiner = Pattern.compile("(?:" + groupJoiner + ")\\s*$");
        this.maxJoinerChars = maxJoinerChars;
        this.maxLongJoinerChars = maxLongJoinerChars;
    }

    /**
     * The sample a single sentence states, or null. Offsets are shifted by {@code base}; {@code conditions} are the
     * condition entities' spans relative to the sentence.
     */
    Reading read(String sentence, int base, List<Span> conditions) {
        if (!NumberWords.mayHoldCount(sentence)) {
            return null;
        }
        Reading flowed = readFlow(sentence, base);
        if (flowed != null) {
            return flowed;
        }
        List<SampleSize.Group> groups = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        collectGroups(sentence, base, conditions, groups, evidence);
        SampleSize sample = choose(sentence, base, groups, evidence);
        if (sample == null) {
            return null;
        }
        int first = sample.evidence().stream().mapToInt(Span::start).min().orElse(base) - base;
        String before = sentence.substring(0, first);
        return new Reading(sample, sample.reason().startsWith("stated total"), verbBefore.matcher(before).find(),
                subsetBefore.matcher(before).find() || isShare(sentence, base, sample));
    }

    /** "34 participants (12.5%) reported recovery": one count given with its percentage is a part of the sample. */
    private static boolean isShare(String sentence, int base, SampleSize sample) {
        if (sample.evidence().size() != 1 || sample.reason().startsWith("stated total")) {
            return false;
        }
        Span e = sample.evidence().get(0);
        String phrase = sentence.substring(e.start() - base, e.end() - base);
        String after = sentence.substring(e.end() - base);
        return SHARE.matcher(phrase).find() || SHARE.matcher(after).lookingAt();
    }

    /** Groups in the order they were found: n in parentheses, arms, counted nouns, counted conditions. */
    private void collectGroups(String sentence, int base, List<Span> conditions, List<SampleSize.Group> groups, List<Span> evidence) {
        List<Span> used = new ArrayList<>();
        for (Pattern p : sentence.indexOf('=') < 0 ? List.<Pattern>of() : List.of(nInParens, armInParens, bareN)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                Integer n = NumberWords.value(m.group("n"));
                String label = m.group("label") == null ? "n" : m.group("label").strip();
                if (n == null || n <= 0 || overlaps(used, m.start(), m.end()) || (p != nInParens && notAGroupLabel.matcher(label).find())) {
                    continue;
                }
                add(groups, evidence, used, label, n, base, m.start(), m.end());
            }
        }
        Matcher m = groupPhrase.matcher(sentence);
        while (m.find()) {
            Integer n = NumberWords.value(m.group("n"));
            if (n != null && n > 0 && n < 10_000_000 && !overlaps(used, m.start(), m.end()) && isParticipantCount(sentence, m.start(), m.end(), m.group("n"))) {
                add(groups, evidence, used, m.group("label").strip(), n, base, m.start(), m.end());
            }
        }
        for (Span c : conditions) {
            Matcher cm = conditionCount.matcher(sentence);
            cm.region(Math.max(0, c.start() - 40), c.start());
            while (cm.find()) {
                if (cm.end() != c.start() || !conditionEnd.matcher(sentence.substring(c.end())).find()) {
                    continue;
                }
                Integer n = NumberWords.value(cm.group("n"));
                if (n != null && n > 0 && !overlaps(used, cm.start(), c.end()) && isParticipantCount(sentence, cm.start(), c.end(), cm.group("n"))) {
                    add(groups, evidence, used, c.of(sentence), n, base, cm.start(), c.end());
                }
            }
        }
        int firstGroup = used.stream().mapToInt(Span::start).min().orElse(sentence.length());
        Matcher e = elidedGroup.matcher(sentence);
        e.region(firstGroup, sentence.length());
        while (e.find()) {
            Integer n = NumberWords.value(e.group("n"));
            if (n != null && n > 0 && !overlaps(used, e.start("n"), e.end()) && isParticipantCount(sentence, e.start("n"), e.end(), e.group("n"))) {
                add(groups, evidence, used, e.group("label"), n, base, e.start("n"), e.end());
            }
        }
        sortByPosition(groups, evidence);
    }

    /** False for a count that its context shows is not a number of participants of this study. */
    private boolean isParticipantCount(String sentence, int start, int end, String raw) {
        String before = sentence.substring(Math.max(0, start - 40), start);
        String after = sentence.substring(end, Math.min(sentence.length(), end + 60));
        if (notACount.matcher(before).find() || populationBefore.matcher(before).find() || populationAfter.matcher(after).find()
                || screenedBefore.matcher(before).find() || screenedAfter.matcher(after).find()) {
            return false;
        }
        if (year.matcher(raw).matches() && yearBefore.matcher(before).find()) {
            return false;
        }
        // "Seventeen studies met the inclusion criteria, including 1,094 patients": pooled over other studies.
        return !pooledStudies.matcher(sentence.substring(0, start)).find();
    }

    private SampleSize choose(String sentence, int base, List<SampleSize.Group> groups, List<Span> evidence) {
        SampleSize parentTotal = totalBeforeBreakdown(sentence, base, groups, evidence);
        if (parentTotal != null) {
            return parentTotal;
        }
        boolean sumOfGroups = groups.size() >= 2 && contrasted(sentence, base, evidence);
        Matcher t = totalStatement.matcher(sentence);
        while (t.find()) {
            String which = Stream.of("n", "n2", "n3", "n4", "n5", "n6").filter(g -> t.group(g) != null).findFirst().orElseThrow();
            String raw = t.group(which);
            Integer n = NumberWords.value(raw);
            String after = sentence.substring(t.end(which));
            if (n == null || n <= 0 || !isParticipantCount(sentence, t.start(), t.end(which), raw)
                    || (which.equals("n") && !nounAfter.matcher(after).find() && unitAfter.matcher(after).find())) {
                continue;
            }
            if (which.equals("n3") && sumOfGroups && overlaps(evidence.stream()
                    .map(g -> new Span(g.start() - base, g.end() - base)).toList(), t.start(which), t.end(which))) {
                // "72 patients and 68 controls were enrolled", "40 were randomised to rituximab and 38 to placebo": the
                // verb belongs to one group of a list, it does not state a total.
                break;
            }
            List<Span> ev = new ArrayList<>(evidence);
            ev.add(0, new Span(base + t.start(), base + t.end()));
            return new SampleSize(n, groups.size() >= 2 ? groups : List.of(), ev, "stated total: \"" + t.group().strip() + "\"");
        }
        Matcher pg = perGroup.matcher(sentence);
        if (pg.find() && evidence.stream().allMatch(e -> e.start() - base >= pg.start() && e.end() - base <= pg.end())) {
            Integer n = NumberWords.value(pg.group("n"));
            int k = pg.group("k") != null ? NumberWords.value(pg.group("k")) : numberOfGroups(sentence);
            if (n != null && n > 0) {
                List<SampleSize.Group> gs = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    gs.add(new SampleSize.Group("group " + (i + 1), n));
                }
                return new SampleSize(n * k, gs, List.of(new Span(base + pg.start(), base + pg.end())), "n = " + n + " per group, " + k + " groups");
            }
        }
        if (groups.isEmpty()) {
            return null;
        }
        if (groups.size() >= 2 && !sumOfGroups) {
            // "48 people from 24 households ... 37 sufferers": counts not set side by side are not groups to add up.
            return new SampleSize(groups.get(0).n(), List.of(groups.get(0)), List.of(evidence.get(0)),
                    "first stated count (the others are not contrasted groups)");
        }
        int total = groups.stream().mapToInt(SampleSize.Group::n).sum();
        return new SampleSize(total, groups.size() >= 2 ? groups : List.of(groups.get(0)), evidence,
                groups.size() >= 2 ? "sum of the stated groups" : "one stated group: \"" + groups.get(0).label() + "\"");
    }

    /**
     * "Of the 300 enrolled, 270 completed" is the enrolled count (the guide's total; completers are an alternative),
     * but "Of 251 eligible patients, 214 agreed to take part" is the second: the first only counts those screened.
     */
    private Reading readFlow(String sentence, int base) {
        Matcher f = flow.matcher(sentence);
        if (!f.find() || !isParticipantCount(sentence, f.start(), f.end("n1"), f.group("n1"))
                || (!nounAfter.matcher(f.group("what")).find() && unitAfter.matcher(f.group("what")).find())) {
            return null;
        }
        boolean screened = screening.matcher(f.group("what")).find();
        String raw = screened ? f.group("n2") : f.group("n1");
        Integer n = NumberWords.value(raw);
        if (n == null || n <= 0) {
            return null;
        }
        String reason = screened ? "stated total: those taking part of the screened (\"" + f.group().strip() + "\")"
                : "stated total: the enrolled count before losses (\"" + f.group().strip() + "\")";
        return new Reading(new SampleSize(n, List.of(), List.of(new Span(base + f.start(), base + f.end())), reason), true, false, false);
    }

    /**
     * "Forty-eight adolescents (25 with CFS, 23 controls)": a count followed by a parenthesis holding further counts
     * is the total, the parenthesis its breakdown. A percentage alone ("15 patients (67%)") is no breakdown.
     */
    private static SampleSize totalBeforeBreakdown(String sentence, int base, List<SampleSize.Group> groups, List<Span> evidence) {
        if (groups.size() < 2) {
            return null;
        }
        Span first = evidence.get(0);
        String rest = sentence.substring(Math.min(sentence.length(), first.end() - base)).stripLeading();
        int close = rest.indexOf(')');
        if (!rest.startsWith("(") || close < 0 || !rest.substring(0, close).replaceAll("\\d+(?:\\.\\d+)?[ ]?%", "").matches("(?s).*\\d.*")) {
            return null;
        }
        return new SampleSize(groups.get(0).n(), groups.size() >= 3 ? groups.subList(1, groups.size()) : List.of(),
                List.of(first), "stated total with its breakdown in parentheses");
    }

    /** True when consecutive group counts are joined as groups are ("and", "vs", "compared with", a comma). */
    private boolean contrasted(String sentence, int base, List<Span> evidence) {
        for (int i = 1; i < evidence.size(); i++) {
            int from = evidence.get(i - 1).end() - base;
            int to = evidence.get(i).start() - base;
            if (from < 0 || to > sentence.length() || to < from) {
                continue;
            }
            String between = sentence.substring(from, to);
            boolean shortJoin = between.isBlank() || (between.length() <= maxJoinerChars && groupJoiner.matcher(between).find());
            // "72 patients meeting the Canadian criteria and 68 controls": a longer clause may close with the joiner.
            boolean longJoin = between.length() <= maxLongJoinerChars && endsWithJoiner.matcher(between).find();
            // A count between two groups that is itself no group ("24 households") breaks the list; an opened
            // parenthesis makes the next counts a breakdown ("40 mice were studied (20 infected, 20 controls)").
            if ((!shortJoin && !longJoin) || between.matches("(?s).*\\d.*") || between.lastIndexOf('(') > between.lastIndexOf(')')) {
                return false;
            }
        }
        return true;
    }

    /** "three groups", "two arms"; two when the sentence does not say. */
    private int numberOfGroups(String sentence) {
        Matcher m = groupCount.matcher(sentence);
        while (m.find()) {
            Integer k = NumberWords.value(m.group("k"));
            if (k != null && k >= 2 && k <= 12) {
                return k;
            }
        }
        return 2;
    }

    private static void add(List<SampleSize.Group> groups, List<Span> evidence, List<Span> used, String label, int n, int base, int start, int end) {
        groups.add(new SampleSize.Group(label, n));
        evidence.add(new Span(base + start, base + end));
        used.add(new Span(start, end));
    }

    private static boolean overlaps(List<Span> used, int start, int end) {
        return used.stream().anyMatch(u -> start < u.end() && u.start() < end);
    }

    /** Groups in text order, evidence kept beside its group. */
    private static void sortByPosition(List<SampleSize.Group> groups, List<Span> evidence) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> evidence.get(a).compareTo(evidence.get(b)));
        List<SampleSize.Group> g = order.stream().map(groups::get).toList();
        List<Span> e = order.stream().map(evidence::get).toList();
        groups.clear();
        groups.addAll(g);
        evidence.clear();
        evidence.addAll(e);
    }
}
