package org.studydraft.extract;

import java.util.List;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;

/** Finds abbreviations the text defines, so later mentions of the short form resolve to the long form's entity. */
public final class AbbreviationStage extends BaseStage {
    @SuppressWarnings("rawtypes")
    public static final Layer<List<Abbreviation>> ABBREVIATIONS = Layer.of("abbreviations", List.class);

    public AbbreviationStage(StageContext ctx) {
        super("abbreviations", Set.of(SegmentStage.SENTENCES), Set.of(ABBREVIATIONS));
    }

    @Override
    public void process(Document doc) {
        doc.put(ABBREVIATIONS, List.copyOf(AbbreviationFinder.find(doc.clean(), doc.get(SegmentStage.SENTENCES).sentences())));
    }
}
