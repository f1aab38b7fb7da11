package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryTest {
    @TempDir
    Path tmp;

    @Test
    void theOutputFiguresReadBackFromTheReportAreTheOnesWritten() throws IOException {
        OutputStats stats = new OutputStats(7, 2, Map.of("binary content", 1, "empty file", 1), 3,
                Map.of("decoded as windows-1252", 2, "thin source", 1), List.of("a", "b"), 1, 2);
        RunSummary s = new RunSummary("0.1.0+abc", 9, 4, 5, List.of("gone"), stats, Map.of("clean", 12.34), 1.5, 1.2, 2,
                List.of(new RunSummary.Slow("a", 0.5)), true, true);
        Path report = Files.writeString(tmp.resolve("run.json"), s.toJsonText());
        assertEquals(stats, RunSummary.outputStatsOf(report));
        assertEquals(s.toJson(), Fixtures.readJson(report));
        assertEquals(4, s.toJson().path("counts").path("processed").asInt());
        assertNull(RunSummary.outputStatsOf(Files.writeString(tmp.resolve("old.json"), "{\"counts\": {\"seen\": 3}}")));
    }
}
