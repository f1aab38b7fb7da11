package org.studydraft.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageModelCacheTest {
    @TempDir
    Path cacheDir;

    @Test
    void theCachedModelGivesExactlyTheOriginalsProbabilities() throws IOException {
        URL resource = LanguageStage.class.getResource("/langdetect-183.bin");
        AtomicInteger slowLoads = new AtomicInteger();
        LanguageModelCache cache = new LanguageModelCache(cacheDir);
        MaxentModel original = cache.load(resource, () -> {
            slowLoads.incrementAndGet();
            try (InputStream in = resource.openStream()) {
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".bin")).count(), "the first load leaves the cache file");
        }
        MaxentModel cached = cache.load(resource, () -> {
            throw new AssertionError("the second load must come from the cache");
        });
        assertEquals(1, slowLoads.get());
        assertInstanceOf(GISModel.class, cached);
        assertEquals(original.getNumOutcomes(), cached.getNumOutcomes());
        LanguageStage.Features features = new LanguageStage.Features();
        for (String text : new String[] {"Patients with chronic fatigue syndrome were compared with controls.",
            "Die Patienten leiden unter starker Müdigkeit.", "Les patients souffrent d'épuisement 😀 #mecfs"}) {
            String[] context = features.of(text);
            float[] ones = new float[context.length];
            Arrays.fill(ones, 1f);
            assertArrayEquals(original.eval(context, ones), cached.eval(context, ones), text);
        }
        for (int i = 0; i < original.getNumOutcomes(); i++) {
            assertEquals(original.getOutcome(i), cached.getOutcome(i));
        }
    }

    @Test
    void aDamagedCacheFileIsReplaced() throws IOException {
        URL resource = LanguageStage.class.getResource("/langdetect-183.bin");
        LanguageModelCache cache = new LanguageModelCache(cacheDir);
        cache.load(resource, LanguageModelCacheTest::original);
        Path file;
        try (Stream<Path> files = Files.list(cacheDir)) {
            file = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        Files.write(file, new byte[] {1, 2, 3});
        AtomicInteger slowLoads = new AtomicInteger();
        cache.load(resource, () -> {
            slowLoads.incrementAndGet();
            return original();
        });
        assertEquals(1, slowLoads.get());
        assertTrue(Files.size(file) > 1_000_000, "rewritten in full");
    }

    private static LanguageDetectorModel original() {
        try (InputStream in = LanguageStage.class.getResourceAsStream("/langdetect-183.bin")) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
