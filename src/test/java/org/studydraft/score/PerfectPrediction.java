package org.studydraft.score;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.studydraft.classify.Rubric;
import org.studydraft.write.EntryBuilder;
import org.studydraft.write.Json;

/**
 * Builds the entry a perfect pipeline would write for a gold label: every field as gold says, text.clean the gold
 * content lines, the gold sentences as sentence spans, each classified field with an evidence span, and a draft that
 * quotes the findings (so its numbers are in the source). Scoring it must give the best value on every row.
 */
final class PerfectPrediction {
    private PerfectPrediction() {
    }

    static Prediction of(GoldLabel g, RawDocument raw) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("id", g.id());
        e.putObject("source").put("kind", g.kind()).put("sha256", EntryBuilder.sha256(raw.bytes()));
        String clean = raw.contentText(g.boilerplateLines());
        e.putObject("text").put("clean", clean);
        ArrayNode sentences = (ArrayNode) e.get("text").withArray("sentences");
        e.set("findings", sentenceIndexes(clean, g.findings(), sentences));
        e.set("conclusions", sentenceIndexes(clean, g.conclusions(), sentences));
        e.put("title", g.title());
        if (g.year() != null) {
            e.put("year", g.year());
        }
        e.put("pmid", g.pmid());
        e.put("doi", g.doi());
        e.put("primary_study", g.primaryStudy());
        e.putObject("design").put("label", g.design()).set("evidence", oneSpan());
        if (g.human() != null) {
            e.put("human", g.human());
        } else {
            e.putNull("human");
        }
        if (g.sample() != null) {
            ObjectNode s = e.putObject("sample");
            if (g.sampleTotal() != null) {
                s.put("total", g.sampleTotal());
            }
            s.set("evidence", oneSpan());
        }
        ArrayNode cds = e.putArray("case_definitions");
        g.caseDefinitions().forEach(cd -> cds.addObject().put("name", cd).set("evidence", oneSpan()));
        e.putObject("pem").put("label", g.pem()).set("evidence", oneSpan());
        Rubric rubric = DocumentScorer.derivedRubric(g, new Prediction(e));
        e.putObject("evidence_level").put("level", rubric.level());
        e.put("case_definition_quality", rubric.caseDefinitionQuality());
        ArrayNode flags = e.putArray("method_flags");
        rubric.methodFlags().forEach(flags::add);
        ArrayNode conditions = e.putArray("conditions");
        g.conditions().forEach(c -> conditions.add(c.get(0)));
        ArrayNode entities = e.putArray("entities");
        for (String type : GoldVocabulary.ENTITY_TYPES) {
            for (List<String> aliases : g.entities().ofType(type)) {
                entities.addObject().put("type", type).put("text", aliases.get(aliases.size() - 1)).put("normalized", aliases.get(0));
            }
        }
        ArrayNode stats = e.putArray("statistics");
        for (GoldLabel.GoldStatistic s : g.statistics()) {
            ObjectNode o = stats.addObject().put("type", s.type()).put("text", s.text()).put("p_op", s.pOp());
            if (s.value() != null) {
                o.put("value", s.value());
            }
            if (s.p() != null) {
                o.put("p", s.p());
            }
        }
        ObjectNode draft = e.putObject("draft");
        ArrayNode observed = draft.putArray("observed_findings");
        g.findings().forEach(observed::add);
        return new Prediction(e);
    }

    private static ArrayNode oneSpan() {
        ArrayNode a = Json.MAPPER.createArrayNode();
        a.addArray().add(0).add(1);
        return a;
    }

    /** Adds a span for each gold sentence found in the clean text; returns their indexes. */
    private static ArrayNode sentenceIndexes(String clean, List<String> gold, ArrayNode sentences) {
        ArrayNode indexes = Json.MAPPER.createArrayNode();
        List<Integer> found = new ArrayList<>();
        for (String s : gold) {
            int at = clean.indexOf(s);
            if (at >= 0) {
                found.add(sentences.size());
                sentences.addArray().add(at).add(at + s.length());
            }
        }
        found.forEach(indexes::add);
        return indexes;
    }
}
