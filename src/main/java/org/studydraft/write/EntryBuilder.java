package org.studydraft.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studydraft.classify.CaseDefinition;
import org.studydraft.classify.ConditionStage;
import org.studydraft.classify.Decision;
import org.studydraft.classify.DesignStage;
import org.studydraft.classify.KindStage;
import org.studydraft.classify.Metadata;
import org.studydraft.classify.MetadataStage;
import org.studydraft.classify.PemStage;
import org.studydraft.classify.Rubric;
import org.studydraft.classify.RubricStage;
import org.studydraft.classify.SampleSize;
import org.studydraft.classify.SampleStage;
import org.studydraft.clean.LanguageStage;
import org.studydraft.core.Document;
import org.studydraft.core.Span;
import org.studydraft.draft.Draft;
import org.studydraft.draft.DraftStage;
import org.studydraft.draft.WordingHit;
import org.studydraft.draft.WordingStage;
import org.studydraft.extract.Entity;
import org.studydraft.extract.EntityStage;
import org.studydraft.extract.Statistic;
import org.studydraft.extract.StatisticStage;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/** Turns a processed {@link Document} into the contract's entry object (see entry-contract.md). */
public final class EntryBuilder {
    private EntryBuilder() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static ObjectNode build(Document doc, String pipelineVersion, Path relativeTo) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("id", doc.id());
        Metadata md = doc.get(MetadataStage.METADATA);
        Decision<String> kind = doc.get(KindStage.KIND);
        ObjectNode source = e.putObject("source");
        source.put("path", displayPath(doc.path(), relativeTo));
        source.put("sha256", sha256(doc.raw()));
        source.put("kind", kind.label());
        source.put("url", md.url());
        source.set("kind_decision", decision(kind));
        e.put("status", "machine_draft");
        e.put("pipeline_version", pipelineVersion);
        ObjectNode text = e.putObject("text");
        text.put("clean", doc.clean());
        ArrayNode sentences = text.putArray("sentences");
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        for (Span s : sents.sentences()) {
            sentences.addArray().add(s.start()).add(s.end());
        }
        e.put("title", md.title());
        e.put("journal", md.journal());
        if (md.year() == null) {
            e.putNull("year");
        } else {
            e.put("year", md.year());
        }
        e.put("pmid", md.pmid());
        e.put("doi", md.doi());
        ArrayNode authors = e.putArray("authors");
        md.authors().forEach(authors::add);
        e.put("retracted", md.retracted());

        Decision<Boolean> primary = doc.get(DesignStage.PRIMARY);
        e.put("primary_study", primary.label());
        Decision<String> design = doc.get(DesignStage.DESIGN);
        ObjectNode d = e.putObject("design");
        d.put("label", design.label());
        d.put("confidence", design.confidence());
        d.put("reason", design.reason());
        d.set("evidence", spans(design.evidence()));
        Decision<Boolean> human = doc.get(DesignStage.HUMAN);
        if (human.label() == null) {
            e.putNull("human");
        } else {
            e.put("human", human.label());
        }
        e.put("human_reason", human.reason());

        SampleSize sample = doc.get(SampleStage.SAMPLE);
        if (sample == null) {
            e.putNull("sample");
        } else {
            ObjectNode so = e.putObject("sample");
            if (sample.total() == null) {
                so.putNull("total");
            } else {
                so.put("total", sample.total());
            }
            ArrayNode groups = so.putArray("groups");
            for (SampleSize.Group g : sample.groups()) {
                groups.addObject().put("label", g.label()).put("n", g.n());
            }
            so.put("reason", sample.reason());
            so.set("evidence", spans(sample.evidence()));
        }
        ArrayNode cds = e.putArray("case_definitions");
        for (CaseDefinition cd : doc.<List<CaseDefinition>>get(PemStage.CASE_DEFINITIONS)) {
            cds.addObject().put("name", cd.name()).set("evidence", spans(cd.evidence()));
        }
        Decision<String> pem = doc.get(PemStage.PEM);
        ObjectNode po = e.putObject("pem");
        po.put("label", pem.label());
        po.put("confidence", pem.confidence());
        po.put("reason", pem.reason());
        po.set("evidence", spans(pem.evidence()));

        Rubric rubric = doc.get(RubricStage.RUBRIC);
        ObjectNode el = e.putObject("evidence_level");
        el.put("level", rubric.level());
        el.put("label", rubric.levelLabel());
        el.put("confidence", rubric.confidence());
        el.put("reason", rubric.reason());
        e.put("case_definition_quality", rubric.caseDefinitionQuality());
        ArrayNode flags = e.putArray("method_flags");
        rubric.methodFlags().forEach(flags::add);

        Map<String, List<Span>> conditions = doc.get(ConditionStage.CONDITIONS);
        ArrayNode conds = e.putArray("conditions");
        conditions.keySet().forEach(conds::add);

        List<Entity> entities = doc.get(EntityStage.ENTITIES);
        ArrayNode ents = e.putArray("entities");
        Set<String> symptomTags = new LinkedHashSet<>();
        Set<String> biomarkerTags = new LinkedHashSet<>();
        for (Entity en : entities) {
            if (en.type().equals("case_definition")) {
                continue;
            }
            ObjectNode o = ents.addObject();
            o.put("type", en.type());
            o.put("text", en.text());
            o.put("normalized", en.normalized());
            if (!en.conceptId().isEmpty()) {
                o.put("concept_id", en.conceptId());
            }
            o.put("start", en.span().start());
            o.put("end", en.span().end());
            o.put("via", en.via());
            if (en.type().equals("symptom")) {
                symptomTags.add(en.normalized());
            } else if (en.type().equals("biomarker")) {
                biomarkerTags.add(en.normalized());
            }
        }
        ArrayNode stats = e.putArray("statistics");
        for (Statistic s : doc.<List<Statistic>>get(StatisticStage.STATISTICS)) {
            ObjectNode o = stats.addObject();
            o.put("type", s.type());
            o.put("text", s.text());
            putNumber(o, "value", s.value());
            putNumbers(o, "df", s.df());
            o.put("p_op", s.pOp());
            putNumber(o, "p", s.p());
            putNumbers(o, "ci", s.ci());
            o.put("start", s.span().start());
            o.put("end", s.span().end());
            o.put("check", s.check());
        }
        ArrayNode findings = e.putArray("findings");
        doc.<List<Integer>>get(DraftStage.FINDINGS).forEach(findings::add);
        ArrayNode conclusions = e.putArray("conclusions");
        doc.<List<Integer>>get(DraftStage.CONCLUSIONS).forEach(conclusions::add);

        Draft draft = doc.get(DraftStage.DRAFT);
        ObjectNode dr = e.putObject("draft");
        dr.put("quick_summary", draft.quickSummary());
        dr.put("why_it_matters", draft.whyItMatters());
        strings(dr.putArray("observed_findings"), draft.observedFindings());
        strings(dr.putArray("inferred_conclusions"), draft.inferredConclusions());
        strings(dr.putArray("remaining_questions"), draft.remainingQuestions());
        dr.put("does_not_prove", draft.doesNotProve());

        ObjectNode tags = e.putObject("tags");
        strings(tags.putArray("symptom"), new ArrayList<>(symptomTags));
        strings(tags.putArray("biomarker"), new ArrayList<>(biomarkerTags));
        strings(tags.putArray("method_flag"), rubric.methodFlags());

        List<WordingHit> hits = doc.get(WordingStage.WORDING);
        ArrayNode wf = e.putArray("wording_flags");
        for (WordingHit h : hits) {
            wf.addObject().put("rule", h.rule()).put("severity", h.severity()).put("in", h.where())
                    .put("text", h.text()).put("start", h.start()).put("end", h.end()).put("message", h.message());
        }
        e.put("needs_attention", WordingStage.needsAttention(hits));
        LanguageStage.DetectedLanguage lang = doc.get(LanguageStage.LANGUAGE);
        if (lang != null) {
            e.put("language", lang.code());
        }
        ArrayNode warnings = e.putArray("warnings");
        doc.warnings().forEach(warnings::add);
        for (Decision<?> dec : List.<Decision<?>>of(kind, design, pem)) {
            dec.warnings().forEach(warnings::add);
        }
        return e;
    }

    static String displayPath(Path path, Path relativeTo) {
        if (path == null) {
            return null;
        }
        try {
            return relativeTo == null ? path.toString() : relativeTo.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString();
        } catch (IllegalArgumentException differentRoot) {
            return path.toString();
        }
    }

    private static ObjectNode decision(Decision<?> d) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("confidence", d.confidence());
        o.put("reason", d.reason());
        o.set("evidence", spans(d.evidence()));
        return o;
    }

    static ArrayNode spans(List<Span> spans) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (Span s : spans) {
            a.addArray().add(s.start()).add(s.end());
        }
        return a;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void putNumber(ObjectNode o, String key, Double v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static void putNumbers(ObjectNode o, String key, List<Double> v) {
        if (v == null) {
            o.putNull(key);
        } else {
            ArrayNode a = o.putArray(key);
            v.forEach(a::add);
        }
    }
}
