package org.studydraft.segment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.studydraft.clean.CleanStage;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;

/**
 * Sentence splitting with CoreNLP's rule-based tokenize+ssplit (no models needed). Measured against OpenNLP's
 * stock sentence model it does not split after "Fig.", "vs." or "e.g.", and it runs at about 2.5 MB/s.
 * Every line of the clean text is a paragraph, heading or bullet, so a newline ends a sentence, except in
 * hard-wrapped text (e-mails, newsletters, pasted abstracts folded at about 72 characters), where the folds found by
 * {@link HardWrap} are read as spaces; the spans still point into the clean text, newlines and all.
 * Sentences longer than {@code segment.max_sentence_chars} (a megabyte line with no full stops) are cut into
 * pieces at token boundaries so later regex passes stay linear.
 */
public final class SegmentStage extends BaseStage {
    public static final Layer<Sentences> SENTENCES = Layer.of("sentences", Sentences.class);

    private final StanfordCoreNLP corenlp;
    private final int maxSentenceChars;
    private final HardWrap hardWrap;

    public SegmentStage(StageContext ctx) {
        super("segment", Set.of(CleanStage.CLEAN), Set.of(SENTENCES));
        this.corenlp = ctx.shared().get("corenlp.tokenize_ssplit", SegmentStage::tokenizeSsplit);
        this.maxSentenceChars = ctx.intSetting("max_sentence_chars", 3000);
        this.hardWrap = new HardWrap(ctx.intSetting("wrap_min_lines", 6), ctx.intSetting("wrap_min_width", 50),
                ctx.intSetting("wrap_max_width", 100), ctx.doubleSetting("wrap_full_line", 0.75),
                ctx.doubleSetting("wrap_full_share", 0.4), ctx.doubleSetting("wrap_mid_sentence_share", 0.2));
    }

    /** The CoreNLP pipeline this stage uses; also used by the benchmark as the speed baseline. */
    public static StanfordCoreNLP tokenizeSsplit() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options",
                "invertible=false,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
                        + "untokenizable=noneKeep,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("outputFormat", "text");
        return new StanfordCoreNLP(p);
    }

    @Override
    public void process(Document doc) {
        // Same length as the clean text, so every offset CoreNLP reports is an offset into the clean text.
        Annotation annotation = new Annotation(hardWrap.unfold(doc.clean()));
        corenlp.annotate(annotation);
        List<Span> sentences = new ArrayList<>();
        List<Span> tokens = new ArrayList<>();
        List<Integer> first = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (toks.isEmpty()) {
                continue;
            }
            int pieceStart = toks.get(0).beginPosition();
            first.add(tokens.size());
            for (int i = 0; i < toks.size(); i++) {
                CoreLabel t = toks.get(i);
                if (t.endPosition() - pieceStart > maxSentenceChars && t.beginPosition() > pieceStart) {
                    sentences.add(new Span(pieceStart, toks.get(i - 1).endPosition()));
                    pieceStart = t.beginPosition();
                    first.add(tokens.size());
                }
                tokens.add(new Span(t.beginPosition(), t.endPosition()));
            }
            sentences.add(new Span(pieceStart, toks.get(toks.size() - 1).endPosition()));
        }
        int[] firstToken = first.stream().mapToInt(Integer::intValue).toArray();
        doc.put(SENTENCES, new Sentences(List.copyOf(sentences), List.copyOf(tokens), firstToken));
        if (sentences.isEmpty()) {
            doc.warn("no sentences found");
        }
    }
}
