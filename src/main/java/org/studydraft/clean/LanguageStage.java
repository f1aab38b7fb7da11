package org.studydraft.clean;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.PipelineException;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;

/**
 * Language of the clean text with OpenNLP's language detector (the 103-language model from Maven Central,
 * loaded once per process). A text not in English is kept but flagged with a warning and its language recorded,
 * since every later rule is written for English. A sample that is plainly English by its function words
 * ({@link FunctionWordCheck}) is taken as English without running the model.
 *
 * <p>The model is evaluated directly on the features {@link LanguageDetectorME} would give it (the distinct
 * lower-cased character 1- to 3-grams of the normalised sample, see {@link Features}) rather than through
 * {@code LanguageDetectorME}, whose n-gram counting over {@code CharBuffer} keys took two thirds of the stage's
 * time. The same model on the same features gives the same language; evaluation only reads the model, so one
 * instance serves every worker thread. The model itself comes through {@link LanguageModelCache}, which spares a
 * cold start most of its loading time.
 */
public final class LanguageStage extends BaseStage {
    /**
     * ISO 639-3 code of the detected language, the confidence and what decided it: {@link #MODEL_BASIS} (the model's
     * probability) or {@link #FUNCTION_WORDS_BASIS} (the share of English function words, see {@link FunctionWordCheck}).
     */
    public record DetectedLanguage(String code, double confidence, String basis) {
    }

    public static final String MODEL_BASIS = "model";
    public static final String FUNCTION_WORDS_BASIS = "function words";

    public static final Layer<DetectedLanguage> LANGUAGE = Layer.of("language", DetectedLanguage.class);

    private static final String MODEL = "/langdetect-183.bin";

    private final MaxentModel model;
    private final Features features = new Features();
    private final int sampleChars;
    private final double minConfidence;
    private final FunctionWordCheck english;

    public LanguageStage(StageContext ctx) {
        super("language", Set.of(CleanStage.CLEAN), Set.of(LANGUAGE));
        this.model = ctx.shared().get("opennlp.langdetect", () -> LanguageModelCache.inUserCache().load(modelResource(), LanguageStage::loadModel));
        this.sampleChars = ctx.intSetting("sample_chars", 3000);
        this.minConfidence = ctx.doubleSetting("min_confidence", 0.5);
        this.english = FunctionWordCheck.load(ctx.resource("function_words", "clean/function-words.tsv"),
                ctx.intSetting("english_min_words", 50), ctx.doubleSetting("english_min_share", 0.10),
                ctx.doubleSetting("english_max_other_share", 0.02));
    }

    /**
     * The features OpenNLP's {@code LanguageDetectorFactory} defines (its context generator: character n-grams of
     * length 1 to 3 over the text after its five normalisers, lower-cased per code point), each distinct n-gram
     * once, collected as strings.
     */
    static final class Features extends DefaultLanguageDetectorContextGenerator {
        Features() {
            super(1, 3, EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
                    TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
                    ShrinkCharSequenceNormalizer.getInstance());
        }

        String[] of(CharSequence text) {
            String lower = StringUtil.toLowerCaseCharBuffer(normalizer.normalize(text)).toString();
            Set<String> grams = new HashSet<>(lower.length() * 2);
            for (int n = minLength; n <= maxLength; n++) {
                for (int i = 0; i + n <= lower.length(); i++) {
                    grams.add(lower.substring(i, i + n));
                }
            }
            return grams.toArray(new String[0]);
        }
    }

    private static URL modelResource() {
        URL model = LanguageStage.class.getResource(MODEL);
        if (model == null) {
            throw new PipelineException("OpenNLP language model langdetect-183.bin not on the class path "
                    + "(dependency org.apache.opennlp:opennlp-models-langdetect)");
        }
        return model;
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = modelResource().openStream()) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new PipelineException("cannot load the OpenNLP language model: " + e.getMessage(), e);
        }
    }

    @Override
    public void process(Document doc) {
        String sample = doc.clean().substring(0, Math.min(sampleChars, doc.clean().length()));
        double englishShare = english.englishShare(sample);
        // Most documents are plainly English and need no model; the model decides the rest.
        DetectedLanguage lang = englishShare >= 0
                ? new DetectedLanguage(FunctionWordCheck.ENGLISH, Math.round(englishShare * 1000) / 1000.0, FUNCTION_WORDS_BASIS)
                : detect(sample);
        doc.put(LANGUAGE, lang);
        if (!lang.code().equals("eng") && lang.confidence() >= minConfidence) {
            doc.warn("non-English text (language " + lang.code() + "): extraction rules are written for English");
        }
    }

    /** The most probable language of {@code sample} and its probability (to three decimals). */
    DetectedLanguage detect(CharSequence sample) {
        String[] context = features.of(sample);
        float[] ones = new float[context.length];
        Arrays.fill(ones, 1f);
        double[] p = model.eval(context, ones);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new DetectedLanguage(model.getOutcome(best), Math.round(p[best] * 1000) / 1000.0, MODEL_BASIS);
    }
}
