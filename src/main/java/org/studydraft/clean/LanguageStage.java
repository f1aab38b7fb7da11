package org.studydraft.clean;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Stage;
import org.studydraft.core.StageContext;

/**
 * Language of the clean text with OpenNLP's language detector (the 103-language model from Maven Central,
 * loaded once per process). A text not in English is kept but flagged with a warning and its language recorded,
 * since every later rule is written for English.
 */
public final class LanguageStage implements Stage {
    /** ISO 639-3 code of the detected language and the detector's confidence. */
    public record DetectedLanguage(String code, double confidence) {
    }

    public static final Layer<DetectedLanguage> LANGUAGE = Layer.of("language", DetectedLanguage.class);

    private final ThreadLocal<LanguageDetectorME> detector;
    private final int sampleChars;
    private final double minConfidence;

    public LanguageStage(StageContext ctx) {
        LanguageDetectorModel model = ctx.shared().get("opennlp.langdetect", LanguageStage::loadModel);
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        this.sampleChars = ctx.intSetting("sample_chars", 3000);
        this.minConfidence = ctx.doubleSetting("min_confidence", 0.5);
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageStage.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new PipelineException("OpenNLP language model langdetect-183.bin not on the class path "
                        + "(dependency org.apache.opennlp:opennlp-models-langdetect)");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new PipelineException("cannot load the OpenNLP language model: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(CleanStage.CLEAN);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(LANGUAGE);
    }

    @Override
    public void process(Document doc) {
        String sample = doc.clean().substring(0, Math.min(sampleChars, doc.clean().length()));
        Language best = detector.get().predictLanguage(sample);
        DetectedLanguage lang = new DetectedLanguage(best.getLang(), Math.round(best.getConfidence() * 1000) / 1000.0);
        doc.put(LANGUAGE, lang);
        if (!lang.code().equals("eng") && best.getConfidence() >= minConfidence) {
            doc.warn("non-English text (language " + lang.code() + "): extraction rules are written for English");
        }
    }
}
