package org.studydraft.extract;

import java.util.List;

/** One curated concept: its entity type, canonical name, aliases and optional MeSH/UMLS id. */
public record LexiconEntry(String type, String canonical, List<String> aliases, List<String> caseSensitiveAliases, String conceptId) {
}
