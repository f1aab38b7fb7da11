package org.studydraft.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.extract.Entity;
import org.studydraft.extract.EntityStage;
import org.studydraft.segment.SegmentStage;
import org.studydraft.segment.Sentences;

/**
 * The illnesses a text is mainly about, not those it mentions in passing: a condition counts when it is named
 * in the first sentences (title and lead), in the sentence that counts the study's participants ("24 patients
 * with lupus nephritis"), or at least {@code conditions.min_mentions} times.
 */
public final class ConditionStage extends BaseStage {
    /** Canonical condition names with the spans that made them count. */
    @SuppressWarnings("rawtypes")
    public static final Layer<Map<String, List<Span>>> CONDITIONS = Layer.of("conditions", Map.class);

    private final int leadSentences;
    private final int minMentions;
    private final List<String> subsumed;

    public ConditionStage(StageContext ctx) {
        super("conditions", Set.of(SegmentStage.SENTENCES, EntityStage.ENTITIES, SampleStage.SAMPLE), Set.of(CONDITIONS));
        this.leadSentences = ctx.intSetting("lead_sentences", 5);
        this.minMentions = ctx.intSetting("min_mentions", 2);
        String rules = ctx.setting("subsumed", "");
        this.subsumed = rules.isEmpty() ? List.of() : List.of(rules.split("\\s*,\\s*"));
    }

    @Override
    public void process(Document doc) {
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        int leadEnd = sents.size() == 0 ? 0 : sents.get(Math.min(leadSentences, sents.size()) - 1).end();
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        for (Entity e : doc.<List<Entity>>get(EntityStage.ENTITIES)) {
            if (e.type().equals("condition")) {
                mentions.computeIfAbsent(e.normalized(), k -> new ArrayList<>()).add(e.span());
            }
        }
        List<Span> participantSentences = new ArrayList<>();
        SampleSize sample = doc.get(SampleStage.SAMPLE);
        if (sample != null) {
            for (Span ev : sample.evidence()) {
                int i = sents.sentenceAt(ev.start());
                if (i >= 0) {
                    participantSentences.add(sents.get(i));
                }
            }
        }
        Map<String, List<Span>> main = new LinkedHashMap<>();
        mentions.forEach((name, spans) -> {
            boolean inLead = spans.stream().anyMatch(s -> s.start() < leadEnd);
            boolean participants = spans.stream().anyMatch(s -> participantSentences.stream().anyMatch(p -> p.contains(s)));
            if (inLead || participants || spans.size() >= minMentions) {
                main.put(name, List.copyOf(spans));
            }
        });
        // An infection is not the subject when its sequela is ("COVID-19" in a text about long COVID).
        for (String rule : subsumed) {
            String[] pair = rule.split("<");
            if (pair.length == 2 && main.containsKey(pair[1].strip())) {
                main.remove(pair[0].strip());
            }
        }
        doc.put(CONDITIONS, main);
    }
}
