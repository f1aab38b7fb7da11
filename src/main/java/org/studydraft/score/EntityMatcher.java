package org.studydraft.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studydraft.extract.TermKey;
import org.studydraft.score.Prediction.PredictedEntity;

/**
 * Entities and conditions, compared as distinct concepts per document. A gold concept is an alias list; a predicted
 * concept is every mention sharing one normalised name. They match when any key of the prediction (its normalised
 * name or any mention's text) equals any alias's key ({@link TermKey}: case folded, Greek letters spelled out,
 * hyphens, spaces and dots removed). Each concept counts once, one-to-one.
 */
public final class EntityMatcher {
    private EntityMatcher() {
    }

    /** A concept: the name shown in reports and the keys it matches by. */
    public record Concept(String name, Set<String> keys) {
        boolean sharesKey(Concept other) {
            return keys.stream().anyMatch(other.keys::contains);
        }
    }

    public static List<Concept> gold(List<List<String>> aliasLists) {
        List<Concept> out = new ArrayList<>();
        for (List<String> aliases : aliasLists) {
            Set<String> keys = new LinkedHashSet<>();
            aliases.stream().map(TermKey::of).filter(k -> !k.isEmpty()).forEach(keys::add);
            if (!keys.isEmpty()) {
                out.add(new Concept(aliases.get(0), keys));
            }
        }
        return out;
    }

    /** Predicted entities of one type grouped into concepts by their normalised name (or text, when unnamed). */
    public static List<Concept> predicted(List<PredictedEntity> entities) {
        Map<String, Concept> byKey = new LinkedHashMap<>();
        for (PredictedEntity e : entities) {
            String name = e.normalized() != null && !TermKey.of(e.normalized()).isEmpty() ? e.normalized() : e.text();
            if (name == null || TermKey.of(name).isEmpty()) {
                continue;
            }
            Concept c = byKey.computeIfAbsent(TermKey.of(name), k -> new Concept(name, new LinkedHashSet<>()));
            for (String form : new String[] {e.normalized(), e.text()}) {
                if (form != null && !TermKey.of(form).isEmpty()) {
                    c.keys().add(TermKey.of(form));
                }
            }
        }
        return byKey.values().stream().map(c -> new Concept(c.name(), Set.copyOf(c.keys()))).toList();
    }

    /** Predicted concepts named by plain strings (the entry's {@code conditions}). */
    public static List<Concept> named(List<String> names) {
        Map<String, Concept> byKey = new LinkedHashMap<>();
        for (String n : names) {
            String key = TermKey.of(n);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, new Concept(n, Set.of(key)));
            }
        }
        return List.copyOf(byKey.values());
    }

    public static Matching<Concept, Concept> match(List<Concept> gold, List<Concept> predicted) {
        return Matching.of(gold, predicted, (g, p) -> p.sharesKey(g));
    }
}
