package org.studydraft.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Resources;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * Sample size: counts attached to participant nouns ("56 ME/CFS patients and 52 healthy controls", "patients
 * (n = 24)", "n = 18 per group", "N=151 randomised", "a total of 120 participants", "Fifty-six women").
 * Only counts of the nouns in {@code annotators/cues/sample.tsv} qualify, so ages, years, percentages, doses,
 * cells, samples and numbers of included studies never do. Among candidate sentences the one that most
 * looks like the study's own methods wins; sentences citing other work are passed over. Reviews get none.
 */
public final class SampleStage extends BaseStage {
    public static final Layer<SampleSize> SAMPLE = Layer.of("sample", SampleSize.class);

    private final Pattern groupPhrase;
    private final Pattern nInParens;
    private final Pattern perGroup;
    private final Pattern totalStatement;
    private final Pattern notACount;
    private final Pattern citing;
    private final Set<String> noSampleDesigns;
    private final Pattern groupJoiner;
    private final int maxJoinerChars;

    public SampleStage(StageContext ctx) {
        super("sample", Set.of(SegmentStage.SENTENCES, SentenceRoleStage.ROLES, DesignStage.DESIGN), Set.of(SAMPLE));
        List<String> nouns = new ArrayList<>();
        List<String> totalVerbs = new ArrayList<>();
        List<String> notBefore = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (String[] row : Resources.readTsv(ctx.resource("cues", "cues/sample.tsv"), 2)) {
            switch (row[0]) {
                case "noun" -> nouns.add(row[1]);
                case "total_verb" -> totalVerbs.add(row[1]);
                case "not_before" -> notBefore.add(row[1]);
                case "unit_after" -> units.add(row[1]);
                default -> { }
            }
        }
        String noun = "(?:" + String.join("|", nouns) + ")";
        String count = NumberWords.COUNT;
        // Up to four words between the count and the noun, none of them a unit ("5 days in primed mice").
        String modifier = "(?:(?!(?:" + String.join("|", units) + ")\\b)[\\p{L}/'’-]+[ ]){0,4}?";
        this.groupPhrase = Pattern.compile("(?i)(?<![\\d.,\\p{L}-])\\b(?<n>" + count + ")[ ](?<label>" + modifier + noun
                + "(?:[ ](?:with|without|from|who)[ ](?:(?!(?:and|or|vs|versus)\\b)[\\p{L}/'’-]+[ ]?){1,4})?)(?![\\p{L}])");
        this.nInParens = Pattern.compile("(?i)(?<label>(?:[\\p{L}/'’-]+[ ]){0,3}" + noun
                + "(?:[ ](?:with|without)[ ](?:[\\p{L}/'’-]+[ ]?){1,3})?)[ ]?\\((?:[^()]{0,20}?;[ ]?)?[nN][ ]?=[ ]?(?<n>\\d{1,3}(?:,\\d{3})*|\\d+)\\)");
        this.perGroup = Pattern.compile("(?i)\\b[nN][ ]?=[ ]?(?<n>\\d+)[ ](?:per|in each|each)[ ](?:group|arm)");
        this.totalStatement = Pattern.compile("(?i)(?:\\b(?:a total of|total of|total sample of|sample of|sample size of|cohort of)[ ](?<n>" + count
                + ")\\b|\\b(?-i:N)[ ]?=[ ]?(?<n2>\\d{1,3}(?:,\\d{3})*|\\d+)\\b(?![ ]?(?:per|in each))|(?<![-–\\d.,])\\b(?<n3>" + count + ")[ ](?:" + modifier + noun + "[ ])?(?:were|was)[ ](?:"
                + String.join("|", totalVerbs) + "))");
        this.notACount = Pattern.compile("(?i)(?:" + String.join("|", notBefore) + ")[ ]$");
        this.citing = Pattern.compile("(?i)(et al\\.?|\\[\\d+(?:[,–-]\\d+)*\\]|previous(ly)? (studies|research)|prior (studies|research))");
        this.groupJoiner = Pattern.compile(ctx.setting("group_joiner",
                "(?i)(\\band\\b|\\bvs\\.?|\\bversus\\b|compared (with|to)|\\bor\\b|[,;]|\\bto\\b)"));
        this.maxJoinerChars = ctx.intSetting("max_joiner_chars", 30);
        this.noSampleDesigns = Set.of(ctx.setting("no_sample_designs", "systematic_review,narrative_review,guideline,commentary,none").split("\\s*,\\s*"));
    }

    private record Candidate(double score, int sentence, SampleSize sample) {
    }

    @Override
    public void process(Document doc) {
        String design = (String) doc.get(DesignStage.DESIGN).label();
        if (noSampleDesigns.contains(design)) {
            doc.put(SAMPLE, null);
            return;
        }
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        SentenceRoles roles = doc.get(SentenceRoleStage.ROLES);
        String text = doc.clean();
        Candidate best = null;
        for (int i = 0; i < sents.size(); i++) {
            Span s = sents.get(i);
            String sentence = s.of(text);
            SampleSize found = read(sentence, s.start());
            if (found == null) {
                continue;
            }
            double score = 1.0;
            String role = roles.role(i);
            if (role.equals("method") || roles.section(i).equals("methods")) {
                score += 2;
            }
            if (i < 12) {
                score += 1;
            }
            if (role.equals("background") || citing.matcher(sentence).find()) {
                score -= 2.5;
            }
            if (found.reason().startsWith("stated total")) {
                score += 0.5;
            }
            if (best == null || score > best.score) {
                best = new Candidate(score, i, found);
            }
        }
        doc.put(SAMPLE, best == null ? null : best.sample());
    }

    /** The sample a single sentence states, or null. Offsets are shifted by {@code base}. */
    SampleSize read(String sentence, int base) {
        List<SampleSize.Group> groups = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        List<int[]> used = new ArrayList<>();
        Matcher m = nInParens.matcher(sentence);
        while (m.find()) {
            Integer n = NumberWords.value(m.group("n"));
            if (n != null && n > 0) {
                groups.add(new SampleSize.Group(m.group("label").strip(), n));
                evidence.add(new Span(base + m.start(), base + m.end()));
                used.add(new int[] {m.start(), m.end()});
            }
        }
        m = groupPhrase.matcher(sentence);
        while (m.find()) {
            if (overlapsAny(used, m.start(), m.end()) || notACount.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                continue;
            }
            Integer n = NumberWords.value(m.group("n"));
            if (n != null && n > 0 && n < 10_000_000) {
                groups.add(new SampleSize.Group(m.group("label").strip(), n));
                evidence.add(new Span(base + m.start(), base + m.end()));
                used.add(new int[] {m.start(), m.end()});
            }
        }
        SampleSize parentTotal = totalBeforeBreakdown(sentence, base, groups, evidence);
        if (parentTotal != null) {
            return parentTotal;
        }
        Matcher t = totalStatement.matcher(sentence);
        while (t.find()) {
            String raw = t.group("n") != null ? t.group("n") : t.group("n2") != null ? t.group("n2") : t.group("n3");
            Integer n = NumberWords.value(raw);
            if (n == null || n <= 0 || notACount.matcher(sentence.substring(Math.max(0, t.start() - 30), t.start())).find()) {
                continue;
            }
            List<Span> ev = new ArrayList<>(evidence);
            ev.add(0, new Span(base + t.start(), base + t.end()));
            return new SampleSize(n, groups.size() >= 2 ? groups : List.of(), ev, "stated total: \"" + t.group().strip() + "\"");
        }
        Matcher pg = perGroup.matcher(sentence);
        if (pg.find() && groups.isEmpty()) {
            int n = Integer.parseInt(pg.group("n"));
            int k = countGroups(sentence);
            List<SampleSize.Group> gs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                gs.add(new SampleSize.Group("group " + (i + 1), n));
            }
            return new SampleSize(n * k, gs, List.of(new Span(base + pg.start(), base + pg.end())),
                    "n = " + n + " per group, " + k + " groups");
        }
        if (groups.isEmpty()) {
            return null;
        }
        if (groups.size() >= 2 && !contrasted(sentence, base, evidence)) {
            // "48 people from 24 households ... 37 sufferers": counts not set side by side are not groups to add up.
            return new SampleSize(groups.get(0).n(), List.of(groups.get(0)), List.of(evidence.get(0)),
                    "first stated count (the others are not contrasted groups)");
        }
        int total = groups.stream().mapToInt(SampleSize.Group::n).sum();
        return new SampleSize(total, groups.size() >= 2 ? groups : List.of(groups.get(0)), evidence,
                groups.size() >= 2 ? "sum of the stated groups" : "one stated group: \"" + groups.get(0).label() + "\"");
    }

    /**
     * "Forty-eight adolescents (25 with CFS, 23 controls)": a count followed by a parenthesis holding further counts
     * is the total, the parenthesis its breakdown.
     */
    private SampleSize totalBeforeBreakdown(String sentence, int base, List<SampleSize.Group> groups, List<Span> evidence) {
        if (groups.size() < 2) {
            return null;
        }
        Span first = evidence.get(0);
        String rest = sentence.substring(Math.min(sentence.length(), first.end() - base)).stripLeading();
        int close = rest.indexOf(')');
        if (!rest.startsWith("(") || close < 0 || !rest.substring(0, close).matches("(?s).*\\d.*")) {
            return null;
        }
        return new SampleSize(groups.get(0).n(), groups.size() >= 3 ? groups.subList(1, groups.size()) : List.of(),
                List.of(first), "stated total with its breakdown in parentheses");
    }

    /** True when consecutive group counts are joined as groups are ("and", "vs", "compared with", a comma). */
    private boolean contrasted(String sentence, int base, List<Span> evidence) {
        List<Span> sorted = new ArrayList<>(evidence);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            int from = sorted.get(i - 1).end() - base;
            int to = sorted.get(i).start() - base;
            if (from < 0 || to > sentence.length() || to < from) {
                continue;
            }
            String between = sentence.substring(from, to);
            if (between.length() > maxJoinerChars || (!between.isBlank() && !groupJoiner.matcher(between).find())) {
                return false;
            }
        }
        return true;
    }

    private static int countGroups(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("three groups") || lower.contains("three arms")) {
            return 3;
        }
        if (lower.contains("four groups") || lower.contains("four arms")) {
            return 4;
        }
        return 2;
    }

    private static boolean overlapsAny(List<int[]> used, int start, int end) {
        for (int[] u : used) {
            if (start < u[1] && u[0] < end) {
                return true;
            }
        }
        return false;
    }
}
