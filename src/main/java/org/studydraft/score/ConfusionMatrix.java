package org.studydraft.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gold label (rows) against predicted label (columns). A prediction the gold label accepts as an alternative is
 * counted on the diagonal under the predicted label, so the diagonal adds up to the accuracy's correct count.
 */
public final class ConfusionMatrix {
    public static final String NOTHING = "(none)";

    private final List<String> order;
    private final Map<String, Map<String, Integer>> cells = new TreeMap<>();

    /** {@code order}: the vocabulary's labels, which fix the row and column order (others follow alphabetically). */
    public ConfusionMatrix(List<String> order) {
        this.order = List.copyOf(order);
    }

    public void add(String gold, String predicted) {
        cells.computeIfAbsent(label(gold), k -> new TreeMap<>()).merge(label(predicted), 1, Integer::sum);
    }

    private static String label(String s) {
        return s == null ? NOTHING : s;
    }

    public int count(String gold, String predicted) {
        return cells.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    public Map<String, Map<String, Integer>> cells() {
        return cells;
    }

    /** Labels that occur as gold or prediction, in vocabulary order. */
    public List<String> labels() {
        List<String> used = new ArrayList<>();
        cells.forEach((g, row) -> {
            used.add(g);
            used.addAll(row.keySet());
        });
        List<String> out = new ArrayList<>();
        order.stream().filter(used::contains).forEach(out::add);
        used.stream().filter(l -> !out.contains(l)).sorted().distinct().forEach(out::add);
        return out;
    }

    /**
     * Macro-averaged F1: the mean over every label seen as gold or as prediction of 2tp / (2tp + fp + fn), so a
     * rare design counts as much as a common one and a label predicted but never gold counts as 0. Null when empty.
     */
    public Double macroF1() {
        List<String> labels = labels();
        if (labels.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (String l : labels) {
            int tp = count(l, l);
            int goldTotal = cells.getOrDefault(l, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            int predictedTotal = cells.values().stream().mapToInt(row -> row.getOrDefault(l, 0)).sum();
            sum += 2.0 * tp / (goldTotal + predictedTotal);
        }
        return sum / labels.size();
    }

    /** A text table with abbreviated column heads (first letters) and a legend. */
    public String render(String title) {
        List<String> labels = labels();
        StringBuilder sb = new StringBuilder(title).append(" (rows gold, columns predicted)\n");
        int width = Math.max(8, labels.stream().mapToInt(String::length).max().orElse(8));
        sb.append(String.format("  %-" + width + "s", ""));
        for (int i = 0; i < labels.size(); i++) {
            sb.append(String.format(" %4s", "c" + (i + 1)));
        }
        sb.append('\n');
        for (int r = 0; r < labels.size(); r++) {
            String g = labels.get(r);
            if (!cells.containsKey(g)) {
                continue;
            }
            sb.append(String.format("  %-" + width + "s", g));
            for (String p : labels) {
                int n = count(g, p);
                sb.append(String.format(" %4s", n == 0 ? "." : Integer.toString(n)));
            }
            sb.append('\n');
        }
        sb.append("  columns:");
        for (int i = 0; i < labels.size(); i++) {
            sb.append(' ').append("c").append(i + 1).append('=').append(labels.get(i));
        }
        return sb.append('\n').toString();
    }
}
