package org.studydraft.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;

/**
 * Dictionary lookup of biomarkers, symptoms, interventions, conditions and case definitions from the curated
 * lexicons (types and their priority from {@code entities.types}; only {@code entities.emit} types are kept), then the
 * matches that stand in a context naming something else (a hazard ratio "HR", a "Fatigue Clinic") or in a metadata
 * block (a "MeSH terms" list) dropped, the
 * conjuncts of coordinations that share a word ("cognitive and sensory dysfunction"), receptors named as antibody
 * targets read as their autoantibodies, then resolution of short forms the text itself defines: in "natural killer (NK) cells ... NK
 * activity", the second "NK" becomes the natural-killer-cell entity even when the lexicon lacks that short form.
 */
public final class EntityStage extends BaseStage {
    @SuppressWarnings("rawtypes")
    public static final Layer<List<Entity>> ENTITIES = Layer.of("entities", List.class);

    private final LexiconMatcher matcher;
    private final CoordinationExpander coordination;
    private final AutoantibodyTargets autoantibodyTargets;
    private final NonEntityContexts nonEntityContexts;
    private final MetadataBlocks metadataBlocks;
    private final Set<String> emitted;

    public EntityStage(StageContext ctx) {
        super("entities", Set.of(AbbreviationStage.ABBREVIATIONS), Set.of(ENTITIES));
        List<String> types = List.of(ctx.setting("types",
                "case_definition, condition, symptom, intervention, biomarker, method, process, pathogen").split("\\s*,\\s*"));
        Lexicon lexicon = ctx.shared().get("lexicon", () -> Lexicon.load(ctx.resource("lexicons", "lexicons"), types));
        java.nio.file.Path measures = ctx.resource("measure_words", "lexicons/measure-words.txt");
        this.matcher = new LexiconMatcher(lexicon, java.nio.file.Files.isRegularFile(measures)
                ? java.util.Set.copyOf(org.studydraft.core.Resources.readLines(measures).stream().map(String::strip).toList())
                : java.util.Set.of());
        this.coordination = new CoordinationExpander(lexicon);
        java.nio.file.Path targets = ctx.resource("autoantibody_targets", "lexicons/autoantibody-targets.txt");
        this.autoantibodyTargets = new AutoantibodyTargets(lexicon, java.nio.file.Files.isRegularFile(targets)
                ? org.studydraft.core.Resources.readLines(targets).stream().map(l -> java.util.regex.Pattern.compile(l.strip())).toList()
                : List.of());
        this.nonEntityContexts = NonEntityContexts.load(ctx.resource("not_entity_contexts", "lexicons/not-entity-contexts.tsv"));
        this.metadataBlocks = MetadataBlocks.load(ctx.resource("metadata_headings", "lexicons/metadata-headings.txt"));
        this.emitted = Set.of(ctx.setting("emit", "case_definition, condition, symptom, intervention, biomarker").split("\\s*,\\s*"));
    }

    @Override
    public void process(Document doc) {
        String text = doc.clean();
        List<Entity> found = new ArrayList<>(matcher.match(text));
        found.removeIf(e -> nonEntityContexts.excludes(text, e));
        List<Span> metadata = metadataBlocks.blocks(text);
        found.removeIf(e -> metadata.stream().anyMatch(b -> b.contains(e.span())));
        found.addAll(coordination.expand(text, found));
        found = new ArrayList<>(autoantibodyTargets.resolve(text, found));
        Map<String, Entity> defined = new HashMap<>();
        for (Abbreviation a : doc.get(AbbreviationStage.ABBREVIATIONS)) {
            Entity longForm = found.stream().filter(e -> e.span().overlaps(a.longSpan()) && !e.span().overlaps(a.shortSpan()))
                    .max(Comparator.comparingInt(e -> e.span().length())).orElse(null);
            if (longForm != null) {
                defined.putIfAbsent(a.shortForm(), longForm);
            }
        }
        for (Map.Entry<String, Entity> d : defined.entrySet()) {
            for (Span span : wholeWordOccurrences(text, d.getKey())) {
                Entity target = d.getValue();
                found.removeIf(e -> e.span().equals(span) && !e.normalized().equals(target.normalized()));
                if (found.stream().noneMatch(e -> e.span().overlaps(span))) {
                    found.add(new Entity(target.type(), span.of(text), target.normalized(), target.conceptId(), span, "abbreviation"));
                }
            }
        }
        // Methods, processes and pathogens are matched only so that they win the longest match; they are not entities.
        found.removeIf(e -> !emitted.contains(e.type()));
        found.sort(Comparator.comparing(Entity::span));
        doc.put(ENTITIES, List.copyOf(found));
    }

    /** Exact-case occurrences of {@code word} not preceded or followed by a letter or digit (no regex per document). */
    static List<Span> wholeWordOccurrences(String text, String word) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return out;
            }
            int end = i + word.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                out.add(new Span(i, end));
            }
            from = i + 1;
        }
    }
}
