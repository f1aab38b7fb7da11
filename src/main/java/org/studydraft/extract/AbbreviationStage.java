package org.studydraft.extract;

import java.util.List;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Stage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;

/** Finds abbreviations the text defines, so later mentions of the short form resolve to the long form's entity. */
public final class AbbreviationStage implements Stage {
    @SuppressWarnings("rawtypes")
    public static final Layer<List<Abbreviation>> ABBREVIATIONS = Layer.of("abbreviations", List.class);

    public AbbreviationStage(StageContext ctx) {
    }

    @Override
    public String name() {
        return "abbreviations";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SegmentStage.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(ABBREVIATIONS);
    }

    @Override
    public void process(Document doc) {
        doc.put(ABBREVIATIONS, List.copyOf(AbbreviationFinder.find(doc.clean(), doc.get(SegmentStage.SENTENCES).sentences())));
    }
}
