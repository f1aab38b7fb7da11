package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.studydraft.extract.StatisticRules.Kind;
import org.studydraft.extract.StatisticRules.Rule;

/** Loading statistics.tsv: defs, kinds, group names, the first-character index. */
class StatisticRulesTest {

    private static StatisticRules parse(String... rows) {
        return StatisticRules.parse(java.util.Arrays.stream(rows).map(r -> r.split("\t", -1)).toList());
    }

    @Test
    void expandsDefsButNotUnicodeClasses() {
        StatisticRules rules = parse(
                "def\tNUM\t\t\t\\d+(?:\\.\\d+)?",
                "stat\tz\tz\t\t\\p{L}?z\\h*=\\h*(?<value>{NUM})");
        Rule z = rules.rules(Kind.STAT).get(0);
        assertEquals("\\p{L}?z\\h*=\\h*(?<value>\\d+(?:\\.\\d+)?)", z.pattern().pattern());
    }

    @Test
    void readsTheFirstMatchingCopyOfAGroup() {
        Rule f = parse("stat\tF\tF\t0..\tF(?:\\((?<df>\\d+,\\d+)\\)|(?<dfSub>\\d+,\\d+))=(?<value>\\d+)")
                .rules(Kind.STAT).get(0);
        Matcher m = f.pattern().matcher("F1,34=19");
        assertTrue(m.matches());
        assertEquals("1,34", f.group(m, "df"));
        assertEquals(1, f.groupStart(m, "df"));
        assertEquals("19", f.group(m, "value"));
        assertEquals(null, f.group(m, "p"));
    }

    @Test
    void parsesRanges() {
        Rule r = parse("stat\tr\tr\t-1..1\tr=(?<value>\\S+)").rules(Kind.STAT).get(0);
        assertTrue(r.range().contains(-1) && r.range().contains(0.5) && !r.range().contains(1.5));
        Rule f = parse("stat\tF\tF\t0..\tF=(?<value>\\S+)").rules(Kind.STAT).get(0);
        assertTrue(f.range().contains(1e9) && !f.range().contains(-0.1));
    }

    @Test
    void rejectsMistakesAtLoadTime() {
        assertThrows(IllegalArgumentException.class, () -> parse("stat\tz\tz\t\tz={NUM}"), "undefined def");
        assertThrows(IllegalArgumentException.class, () -> parse("stats\tz\tz\t\tz"), "unknown kind");
        assertThrows(IllegalArgumentException.class, () -> parse("stat\tz\tz\t\tz=(?<val>\\d)"), "unknown group");
        assertThrows(IllegalArgumentException.class, () -> parse("stat\tz\tz\t\tz=(\\d"), "bad regex");
        assertThrows(IllegalArgumentException.class, () -> parse("stat\tz\tz\t1\tz"), "bad range");
    }

    @Test
    void indexesStartingRulesByTheirFirstCharacter() {
        StatisticRules rules = StatisticRules.load(Path.of("annotators/rules/statistics.tsv"));
        assertTrue(names(rules.startingWith('F')).contains("F"));
        assertTrue(names(rules.startingWith('χ')).contains("chi2"));
        assertTrue(names(rules.startingWith('(')).contains("AUC"), "(AUC) values up to 0.873");
        assertTrue(names(rules.startingWith('p')).containsAll(List.of("p_value", "p_for_all")));
        assertEquals(List.of(), rules.startingWith('q'));
        assertEquals(List.of(), rules.startingWith(' '));
        assertEquals(List.of(), rules.startingWith('5'));
        assertTrue(rules.rules(Kind.ATTACH_P).size() >= 1 && rules.rules(Kind.CI).size() >= 1);
    }

    @Test
    void knowsWhichAsciiCharactersMayComeSecond() {
        StatisticRules rules = StatisticRules.load(Path.of("annotators/rules/statistics.tsv"));
        StatisticRules.Start t = rules.startingWith('t').stream().filter(s -> s.rule().name().equals("t")).findFirst().orElseThrow();
        assertTrue(t.allowsNext('(') && t.allowsNext(' ') && t.allowsNext('='));
        assertTrue(!t.allowsNext('h') && !t.allowsNext('o'), "'the', 'to' cannot start a t statistic");
        assertTrue(t.allowsNext('₂'), "beyond ASCII everything is let through");
        assertTrue(rules.startingWith('o').stream().noneMatch(s -> s.allowsNext('f')), "'of' starts nothing");
    }

    private static List<String> names(List<StatisticRules.Start> starts) {
        return starts.stream().map(s -> s.rule().name()).toList();
    }
}
