package org.studydraft.extract;

import java.util.List;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Stage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;

/** Reads the statistics a text reports (see {@link StatisticExtractor}) and checks each one's p-value. */
public final class StatisticStage implements Stage {
    @SuppressWarnings("rawtypes")
    public static final Layer<List<Statistic>> STATISTICS = Layer.of("statistics", List.class);

    private final StatisticExtractor extractor;

    public StatisticStage(StageContext ctx) {
        this.extractor = ctx.shared().get("statistics.extractor",
                () -> StatisticExtractor.load(ctx.resource("rules", "rules/statistics.tsv")));
    }

    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SegmentStage.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(STATISTICS);
    }

    @Override
    public void process(Document doc) {
        doc.put(STATISTICS, List.copyOf(extractor.extract(doc.clean(), doc.get(SegmentStage.SENTENCES))));
    }
}
