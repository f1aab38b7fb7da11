package org.studydraft.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;
import org.studydraft.batch.Fixtures;
import org.studydraft.core.DocumentRejected;
import org.studydraft.core.SharedResources;
import org.studydraft.core.StageContext;

/** The stage's own feature extraction gives the model exactly what OpenNLP's detector gives it. */
class LanguageStageTest {
    @Test
    void sameLanguageAndConfidenceAsOpenNlpsDetector() throws IOException {
        LanguageDetectorModel model;
        try (InputStream in = LanguageStage.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        LanguageDetectorME reference = new LanguageDetectorME(model);
        LanguageStage stage = new LanguageStage(new StageContext("language", new Properties(), Path.of("annotators"), new SharedResources()));
        List<String> texts = new ArrayList<>(List.of(
                "Das chronische Erschöpfungssyndrom ist eine schwere Erkrankung mit starker Müdigkeit.",
                "Le syndrome de fatigue chronique est une maladie grave. Les patients souffrent d'épuisement.",
                "Patients 😀 with ME/CFS reported fatigue 🧠 at https://example.org/x #mecfs @someone 12.5%",
                "El síndrome de fatiga crónica afecta a millones de personas en todo el mundo."));
        for (Path doc : Fixtures.goldDocs()) {
            try {
                String text = Decoder.decode(Files.readAllBytes(doc)).text();
                texts.add(text.substring(0, Math.min(3000, text.length())));
            } catch (DocumentRejected binary) {
                // not text
            }
        }
        for (String text : texts) {
            Language expected = reference.predictLanguage(text);
            assertEquals(new LanguageStage.DetectedLanguage(expected.getLang(), Math.round(expected.getConfidence() * 1000) / 1000.0,
                    LanguageStage.MODEL_BASIS),
                    stage.detect(text), text);
        }
    }
}
