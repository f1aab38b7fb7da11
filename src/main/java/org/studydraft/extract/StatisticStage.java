package org.studydraft.extract;

import java.util.List;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;

/** Reads the statistics a text reports (see {@link StatisticExtractor}) and checks each one's p-value. */
public final class StatisticStage extends BaseStage {
    @SuppressWarnings("rawtypes")
    public static final Layer<List<Statistic>> STATISTICS = Layer.of("statistics", List.class);

    private final StatisticExtractor extractor;

    public StatisticStage(StageContext ctx) {
        super("statistics", Set.of(SegmentStage.SENTENCES), Set.of(STATISTICS));
        this.extractor = ctx.shared().get("statistics.extractor",
                () -> StatisticExtractor.load(ctx.resource("rules", "rules/statistics.tsv")));
    }

    @Override
    public void process(Document doc) {
        doc.put(STATISTICS, List.copyOf(extractor.extract(doc.clean(), doc.get(SegmentStage.SENTENCES))));
    }
}
