package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the entries of a run that are about the same study, after every entry is known: a paper's abstract page,
 * its full text, an atlas entry, a news story and a forum thread about it get one {@code study_id} and list each
 * other as {@code related}. A pure function of the entries (sorted by id first), so the grouping does not depend
 * on which documents this run reprocessed or in which order workers finished.
 *
 * <p>Entries are joined, strongest evidence first, when they share a PMID, a DOI, or a normalised title (at least
 * {@value #MIN_TITLE_WORDS} words); a join that would put two different PMIDs or DOIs in one group is refused. Then
 * a secondary text (news, forum, blog, atlas entry, other) with no identifier of its own joins the one study it
 * names: by a title of another group (at least {@value #MIN_MENTIONED_TITLE_WORDS} words) occurring in its body,
 * otherwise by "first author (et al.) year" matching exactly one paper. The body leaves out the first
 * {@value #HEAD_LINES} lines, where a page's own heading and its site's banner or tagline sit: a tagline that
 * another page of the same site has as its title is not a citation. A text naming several studies joins none,
 * since a wrong merge misleads a reviewer more than a missing link.
 */
public final class StudyLinker {
    /** One entry's study: the group's id and the other members' ids. */
    public record Link(String studyId, List<String> related) {
    }

    static final int MIN_TITLE_WORDS = 5;
    static final int MIN_MENTIONED_TITLE_WORDS = 6;
    static final int HEAD_LINES = 2;
    private static final Set<String> SECONDARY_KINDS = Set.of("news", "forum", "blog", "atlas_entry", "other");
    private static final Set<String> PAPER_KINDS = Set.of("abstract", "fulltext");
    private static final Pattern AUTHOR_YEAR = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'’-]+)(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’-]+)?\\s*[,(]?\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** What linking reads of one entry. */
    private record Facts(String id, String kind, String pmid, String doi, String title, String authorYear, String text) {
        boolean secondary() {
            return SECONDARY_KINDS.contains(kind) && pmid == null && doi == null;
        }
    }

    private StudyLinker() {
    }

    /** The link of every entry, by entry id. */
    public static Map<String, Link> link(List<JsonNode> entries) {
        List<Facts> docs = entries.stream().map(StudyLinker::facts).sorted((a, b) -> a.id().compareTo(b.id())).toList();
        Groups groups = new Groups(docs);
        joinBy(docs, groups, f -> f.pmid() == null ? null : "pmid:" + f.pmid());
        joinBy(docs, groups, f -> f.doi() == null ? null : "doi:" + f.doi());
        joinBy(docs, groups, f -> f.title() == null ? null : "title:" + f.title());
        joinMentions(docs, groups);

        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            members.computeIfAbsent(groups.root(i), k -> new ArrayList<>()).add(i);
        }
        Map<String, Link> out = new HashMap<>();
        for (List<Integer> group : members.values()) {
            String studyId = "study-" + shortHash(groupKey(docs, group));
            for (int i : group) {
                List<String> related = new ArrayList<>();
                for (int j : group) {
                    if (j != i) {
                        related.add(docs.get(j).id());
                    }
                }
                out.put(docs.get(i).id(), new Link(studyId, List.copyOf(related)));
            }
        }
        return out;
    }

    private static void joinBy(List<Facts> docs, Groups groups, java.util.function.Function<Facts, String> key) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String k = key.apply(docs.get(i));
            if (k != null) {
                Integer j = first.putIfAbsent(k, i);
                if (j != null) {
                    groups.join(j, i);
                }
            }
        }
    }

    /** Secondary texts join the single study they name; candidates are found against the identifier groups only. */
    private static void joinMentions(List<Facts> docs, Groups groups) {
        TitleIndex titles = new TitleIndex();
        Map<String, Set<Integer>> papersByAuthorYear = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Facts f = docs.get(i);
            if (f.title() != null && f.title().split(" ").length >= MIN_MENTIONED_TITLE_WORDS) {
                titles.add(f.title(), i);
            }
            if (f.authorYear() != null && PAPER_KINDS.contains(f.kind())) {
                papersByAuthorYear.computeIfAbsent(f.authorYear(), k -> new TreeSet<>()).add(i);
            }
        }
        List<int[]> joins = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Facts f = docs.get(i);
            if (!f.secondary()) {
                continue;
            }
            int own = groups.root(i);
            Set<Integer> named = new TreeSet<>();
            for (int j : titles.occurringIn(normalise(body(f.text())))) {
                if (groups.root(j) != own) {
                    named.add(groups.root(j));
                }
            }
            if (named.isEmpty()) {
                for (String ay : authorYears(f)) {
                    Set<Integer> papers = papersByAuthorYear.getOrDefault(ay, Set.of());
                    if (papers.size() == 1 && groups.root(papers.iterator().next()) != own) {
                        named.add(groups.root(papers.iterator().next()));
                    }
                }
            }
            if (named.size() == 1) {
                joins.add(new int[] {i, named.iterator().next()});
            }
        }
        for (int[] j : joins) {
            groups.join(j[1], j[0]);
        }
    }

    /** The text after its first {@value #HEAD_LINES} non-blank lines. */
    static String body(String text) {
        int start = 0;
        for (int lines = 0; lines < HEAD_LINES; ) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            if (nl > start) {
                lines++;
            }
            start = nl + 1;
        }
        return text.substring(start);
    }

    /** The text's own first author and year, then every "Surname et al. (2019)" it cites. */
    private static Set<String> authorYears(Facts f) {
        Set<String> out = new TreeSet<>();
        if (f.authorYear() != null) {
            out.add(f.authorYear());
        }
        Matcher m = AUTHOR_YEAR.matcher(f.text());
        while (m.find()) {
            out.add(normalise(m.group(1)) + " " + m.group(2));
        }
        return out;
    }

    /** The group's name: its first PMID, else DOI, else title, else its first document id (all sorted). */
    private static String groupKey(List<Facts> docs, List<Integer> group) {
        TreeSet<String> pmids = new TreeSet<>();
        TreeSet<String> dois = new TreeSet<>();
        TreeSet<String> titles = new TreeSet<>();
        for (int i : group) {
            Facts f = docs.get(i);
            if (f.pmid() != null) {
                pmids.add("pmid:" + f.pmid());
            }
            if (f.doi() != null) {
                dois.add("doi:" + f.doi());
            }
            if (f.title() != null) {
                titles.add("title:" + f.title());
            }
        }
        for (TreeSet<String> keys : List.of(pmids, dois, titles)) {
            if (!keys.isEmpty()) {
                return keys.first();
            }
        }
        return "doc:" + docs.get(group.get(0)).id();
    }

    private static Facts facts(JsonNode e) {
        String title = text(e.path("title"));
        String normTitle = title == null ? null : normalise(title);
        if (normTitle != null && normTitle.split(" ").length < MIN_TITLE_WORDS) {
            normTitle = null;
        }
        String doi = text(e.path("doi"));
        Integer year = e.path("year").canConvertToInt() ? e.path("year").asInt() : null;
        String surname = e.path("authors").size() > 0 ? surname(e.path("authors").get(0).asText()) : null;
        return new Facts(e.path("id").asText(), e.path("source").path("kind").asText(), text(e.path("pmid")),
                doi == null ? null : doi.toLowerCase(Locale.ROOT), normTitle,
                surname == null || surname.isEmpty() || year == null ? null : surname + " " + year,
                e.path("text").path("clean").asText(""));
    }

    /** "Rowe, K S" and "Fluge Ø" give the first word, "Øystein Fluge" the last: the surname, normalised. */
    static String surname(String author) {
        String a = author.strip();
        int comma = a.indexOf(',');
        if (comma > 0) {
            return normalise(a.substring(0, comma));
        }
        String[] words = a.split(" ");
        String last = words[words.length - 1];
        boolean lastIsInitials = words.length > 1 && last.replace(".", "").length() <= 2 && last.equals(last.toUpperCase(Locale.ROOT));
        return normalise(lastIsInitials ? words[0] : last);
    }

    /** Lower case, accents and punctuation dropped, words joined by single spaces. */
    static String normalise(String s) {
        String noMarks = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
    }

    private static String shortHash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Union-find over entry indexes that refuses a join putting two different PMIDs or DOIs in one group. The
     * smaller index is always the root, so the result does not depend on the order of joins.
     */
    private static final class Groups {
        private final int[] parent;
        private final List<Set<String>> pmids = new ArrayList<>();
        private final List<Set<String>> dois = new ArrayList<>();

        Groups(List<Facts> docs) {
            parent = new int[docs.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                pmids.add(docs.get(i).pmid() == null ? new TreeSet<>() : new TreeSet<>(Set.of(docs.get(i).pmid())));
                dois.add(docs.get(i).doi() == null ? new TreeSet<>() : new TreeSet<>(Set.of(docs.get(i).doi())));
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra == rb || conflict(pmids, ra, rb) || conflict(dois, ra, rb)) {
                return;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            parent[gone] = keep;
            pmids.get(keep).addAll(pmids.get(gone));
            dois.get(keep).addAll(dois.get(gone));
        }

        private static boolean conflict(List<Set<String>> ids, int a, int b) {
            return !ids.get(a).isEmpty() && !ids.get(b).isEmpty() && !ids.get(a).equals(ids.get(b));
        }
    }

    /** Titles indexed by their first three words, so finding the titles a text names costs one pass over its words. */
    private static final class TitleIndex {
        private final Map<String, List<String[]>> byStart = new HashMap<>();
        private final Map<String, List<Integer>> owners = new HashMap<>();

        void add(String normalisedTitle, int owner) {
            String[] words = normalisedTitle.split(" ");
            if (owners.computeIfAbsent(normalisedTitle, k -> new ArrayList<>()).isEmpty()) {
                byStart.computeIfAbsent(words[0] + " " + words[1] + " " + words[2], k -> new ArrayList<>()).add(words);
            }
            owners.get(normalisedTitle).add(owner);
        }

        /** Owners of every indexed title that occurs, word for word, in {@code normalisedText}. */
        Set<Integer> occurringIn(String normalisedText) {
            Set<Integer> found = new TreeSet<>();
            String[] w = normalisedText.split(" ");
            for (int i = 0; i + 2 < w.length; i++) {
                List<String[]> candidates = byStart.get(w[i] + " " + w[i + 1] + " " + w[i + 2]);
                if (candidates == null) {
                    continue;
                }
                for (String[] title : candidates) {
                    if (matchesAt(w, i, title)) {
                        found.addAll(owners.get(String.join(" ", title)));
                    }
                }
            }
            return found;
        }

        private static boolean matchesAt(String[] words, int at, String[] title) {
            if (at + title.length > words.length) {
                return false;
            }
            for (int k = 0; k < title.length; k++) {
                if (!words[at + k].equals(title[k])) {
                    return false;
                }
            }
            return true;
        }
    }
}
