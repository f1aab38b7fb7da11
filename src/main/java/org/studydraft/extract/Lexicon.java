package org.studydraft.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/**
 * The curated dictionaries of {@code annotators/lexicons/<type>.tsv}, compiled into two character tries: one over
 * {@link TermKey} keys of the aliases, one over the exact characters of exact-case aliases such as "ME" or "MS". Lookup walks the
 * trie from each word start of the clean text, so matching costs one pass whatever the lexicon's size.
 */
public final class Lexicon {
    private final List<String> types;

    static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        LexiconEntry entry;
    }

    private final Node folded = new Node();
    private final Node exact = new Node();
    private final List<LexiconEntry> entries = new ArrayList<>();
    private final Map<String, LexiconEntry> byCanonicalKey = new HashMap<>();

    private Lexicon(List<String> types) {
        this.types = List.copyOf(types);
    }

    /**
     * Loads {@code <dir>/<type>.tsv} for each type, in priority order: when one alias is listed under two types,
     * the earlier type wins.
     */
    public static Lexicon load(Path dir, List<String> types) {
        Lexicon lex = new Lexicon(types);
        for (String type : types) {
            Path file = dir.resolve(type + ".tsv");
            if (!Files.isRegularFile(file)) {
                throw new PipelineException("lexicon file missing: " + file);
            }
            for (String[] row : Resources.readTsv(file, 4)) {
                if (row[0].isEmpty()) {
                    continue;
                }
                lex.add(new LexiconEntry(type, row[0], split(row[1]), split(row[2]), row.length > 3 ? row[3] : ""));
            }
        }
        return lex;
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void add(LexiconEntry e) {
        entries.add(e);
        byCanonicalKey.putIfAbsent(e.type() + ":" + TermKey.of(e.canonical()), e);
        // Only aliases are matched: a canonical name is an output label and may be an ordinary word ("London").
        for (String alias : e.aliases()) {
            insert(folded, TermKey.of(alias), e);
        }
        // Exact-case aliases ("ME", "MS") match character for character: ignoring spaces and dots would turn
        // an author's initials "M. E." into ME.
        for (String alias : e.caseSensitiveAliases()) {
            insert(exact, alias, e);
        }
    }

    private void insert(Node root, String key, LexiconEntry e) {
        if (key.isEmpty()) {
            return;
        }
        Node n = root;
        for (int i = 0; i < key.length(); i++) {
            n = n.next.computeIfAbsent(key.charAt(i), c -> new Node());
        }
        if (n.entry == null || types.indexOf(e.type()) < types.indexOf(n.entry.type())) {
            n.entry = e;
        }
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public LexiconEntry byCanonical(String type, String canonical) {
        return byCanonicalKey.get(type + ":" + TermKey.of(canonical));
    }

    Node foldedRoot() {
        return folded;
    }

    Node exactRoot() {
        return exact;
    }
}
