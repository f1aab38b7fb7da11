package org.studydraft.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A one-to-one matching of gold items to predicted items: each gold item matches at most one prediction and each
 * prediction at most one gold item, and as many pairs as possible are formed (maximum bipartite matching by
 * augmenting paths, so a greedy first choice can never cost a later pair). Deterministic for a given input order.
 */
public record Matching<G, P>(List<Pair<G, P>> pairs, List<G> missed, List<P> extra) {
    /** A matched gold item and prediction. */
    public record Pair<G, P>(G gold, P predicted) {
    }

    public Prf counts() {
        return new Prf(pairs.size(), extra.size(), missed.size());
    }

    public static <G, P> Matching<G, P> of(List<G> gold, List<P> predicted, BiPredicate<G, P> matches) {
        boolean[][] edge = new boolean[gold.size()][predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                edge[g][p] = matches.test(gold.get(g), predicted.get(p));
            }
        }
        int[] goldOf = new int[predicted.size()];
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, edge, goldOf, new boolean[predicted.size()]);
        }
        int[] predOf = new int[gold.size()];
        Arrays.fill(predOf, -1);
        for (int p = 0; p < predicted.size(); p++) {
            if (goldOf[p] >= 0) {
                predOf[goldOf[p]] = p;
            }
        }
        List<Pair<G, P>> pairs = new ArrayList<>();
        List<G> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (predOf[g] >= 0) {
                pairs.add(new Pair<>(gold.get(g), predicted.get(predOf[g])));
            } else {
                missed.add(gold.get(g));
            }
        }
        List<P> extra = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (goldOf[p] < 0) {
                extra.add(predicted.get(p));
            }
        }
        return new Matching<>(pairs, missed, extra);
    }

    /** Kuhn's augmenting path from gold item {@code g}; lists are small (a document's entities or sentences). */
    private static boolean augment(int g, boolean[][] edge, int[] goldOf, boolean[] seen) {
        for (int p = 0; p < goldOf.length; p++) {
            if (edge[g][p] && !seen[p]) {
                seen[p] = true;
                if (goldOf[p] < 0 || augment(goldOf[p], edge, goldOf, seen)) {
                    goldOf[p] = g;
                    return true;
                }
            }
        }
        return false;
    }
}
