package org.studydraft.score;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studydraft.write.Json;

/**
 * Every figure of one scoring run: per row of {@link ScoreField} an accuracy/rate ({@link Ratio}) or counts
 * ({@link Prf}), the design and PEM confusion matrices, every miss per document (for {@code --explain}), and what
 * was scored, skipped or missing.
 */
public final class Scoreboard {
    /** One disagreement: the field, what gold says, what was predicted (either may be "—" for nothing). */
    public record Miss(String field, String gold, String predicted) {
    }

    public static final String NOTHING = "—";

    private final String split;
    private final String source;
    private final Map<ScoreField, Ratio> ratios = new EnumMap<>(ScoreField.class);
    private final Map<ScoreField, Prf> prfs = new EnumMap<>(ScoreField.class);
    private final ConfusionMatrix design = new ConfusionMatrix(GoldVocabulary.DESIGNS);
    private final ConfusionMatrix pem = new ConfusionMatrix(GoldVocabulary.PEMS);
    private final Map<String, List<Miss>> misses = new LinkedHashMap<>();
    private final List<String> documents = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();
    private final Map<String, String> unpredicted = new LinkedHashMap<>();

    public Scoreboard(String split, String source) {
        this.split = split;
        this.source = source;
        for (ScoreField f : ScoreField.values()) {
            if (f.kind() == ScoreField.Kind.PRF) {
                prfs.put(f, Prf.ZERO);
            } else {
                ratios.put(f, Ratio.ZERO);
            }
        }
    }

    public String split() {
        return split;
    }

    public String source() {
        return source;
    }

    void scored(String id) {
        documents.add(id);
        misses.putIfAbsent(id, new ArrayList<>());
    }

    /** A document skipped because its raw file is absent. */
    void absent(String id) {
        absent.add(id);
    }

    /** A document scored with an empty prediction, and why (rejected by the pipeline, not in the prediction file). */
    void unpredicted(String id, String why) {
        unpredicted.put(id, why);
    }

    /** One accuracy decision; a wrong one is recorded as a miss. */
    void accuracy(ScoreField field, String id, boolean correct, Object gold, Object predicted) {
        ratios.merge(field, Ratio.of(correct), Ratio::plus);
        if (!correct) {
            miss(id, field.key(), gold, predicted);
        }
    }

    void rate(ScoreField field, Ratio r) {
        ratios.merge(field, r, Ratio::plus);
    }

    /** One document's matching for a P/R/F row: counts added, every missed and extra item recorded. */
    void matching(ScoreField field, String id, Matching<?, ?> m) {
        count(field, m.counts());
        m.missed().forEach(g -> miss(id, field.key(), g, null));
        m.extra().forEach(p -> miss(id, field.key(), null, p));
    }

    void count(ScoreField field, Prf counts) {
        prfs.merge(field, counts, Prf::plus);
    }

    void miss(String id, String field, Object gold, Object predicted) {
        misses.computeIfAbsent(id, k -> new ArrayList<>()).add(new Miss(field, show(gold), show(predicted)));
    }

    private static String show(Object o) {
        if (o instanceof EntityMatcher.Concept c) {
            return c.name();
        }
        return o == null ? NOTHING : o.toString();
    }

    public ConfusionMatrix designConfusion() {
        return design;
    }

    public ConfusionMatrix pemConfusion() {
        return pem;
    }

    public Ratio ratio(ScoreField f) {
        return ratios.get(f);
    }

    public Prf prf(ScoreField f) {
        return prfs.get(f);
    }

    /** The one figure per row that the baseline gates: accuracy, rate, or F1; null when nothing was counted. */
    public Double headline(ScoreField f) {
        return f.kind() == ScoreField.Kind.PRF ? prfs.get(f).f1() : ratios.get(f).value();
    }

    /** Every row's headline figure by key, in table order (null where nothing was counted). */
    public Map<String, Double> headlines() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ScoreField f : ScoreField.values()) {
            out.put(f.key(), headline(f));
        }
        return out;
    }

    public List<String> documents() {
        return documents;
    }

    public List<String> absent() {
        return absent;
    }

    public Map<String, String> unpredicted() {
        return unpredicted;
    }

    public List<Miss> misses(String id) {
        return misses.get(id);
    }

    /** All figures, the confusion matrices and every miss, for {@code --json}. */
    public ObjectNode toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("split", split);
        root.put("source", source);
        root.put("documents", documents.size());
        ArrayNode ids = root.putArray("document_ids");
        documents.forEach(ids::add);
        ArrayNode skipped = root.putArray("skipped_absent");
        absent.forEach(skipped::add);
        ObjectNode unpred = root.putObject("unpredicted");
        unpredicted.forEach(unpred::put);
        ObjectNode fields = root.putObject("fields");
        for (ScoreField f : ScoreField.values()) {
            ObjectNode o = fields.putObject(f.key());
            o.put("kind", f.kind().name().toLowerCase());
            if (f.kind() == ScoreField.Kind.PRF) {
                Prf c = prfs.get(f);
                o.put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
                putValue(o, "precision", c.precision());
                putValue(o, "recall", c.recall());
                putValue(o, "f1", c.f1());
            } else {
                Ratio r = ratios.get(f);
                o.put("hits", r.hits()).put("total", r.total());
                putValue(o, "value", r.value());
            }
        }
        putValue(root, "design_macro_f1", design.macroF1());
        ObjectNode conf = root.putObject("confusion");
        conf.set("design", Json.MAPPER.valueToTree(design.cells()));
        conf.set("pem", Json.MAPPER.valueToTree(pem.cells()));
        ObjectNode all = root.putObject("misses");
        misses.forEach((id, list) -> {
            ArrayNode a = all.putArray(id);
            list.forEach(m -> a.addObject().put("field", m.field()).put("gold", m.gold()).put("predicted", m.predicted()));
        });
        return root;
    }

    private static void putValue(ObjectNode o, String key, Double v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }
}
