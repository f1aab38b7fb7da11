package org.studydraft.clean;

import java.util.List;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.DocumentRejected;
import org.studydraft.core.Layer;
import org.studydraft.core.Resources;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;

/** Decode, strip HTML, drop site chrome, normalise: raw bytes in, {@link Document#clean()} out. */
public final class CleanStage extends BaseStage {
    /** Provided: the clean text is set, with what cleaning learnt. */
    public static final Layer<CleanInfo> CLEAN = Layer.of("clean", CleanInfo.class);

    private final HtmlToText html;
    private final ChromeRules chrome;
    private final int minChars;

    public CleanStage(StageContext ctx) {
        super("clean", Set.of(), Set.of(CLEAN));
        this.html = new HtmlToText(
                Resources.readLines(ctx.resource("html_chrome", "clean/html-chrome.txt")).stream().map(String::strip).toList(),
                Resources.readLines(ctx.resource("html_main", "clean/html-main.txt")).stream().map(String::strip).toList(),
                ctx.intSetting("max_chrome_chars", 1500));
        this.chrome = ChromeRules.load(ctx.resource("chrome_lines", "clean/chrome-lines.tsv"), ctx.intSetting("short_line_max", 40));
        this.minChars = ctx.intSetting("min_chars", 20);
    }

    @Override
    public void process(Document doc) {
        if (doc.raw().length == 0) {
            throw new DocumentRejected("empty file");
        }
        Decoder.Decoded decoded = Decoder.decode(doc.raw());
        doc.setRawText(decoded.text());
        if (decoded.text().isBlank()) {
            throw new DocumentRejected("whitespace only");
        }
        String fileName = doc.path() == null ? doc.id() : doc.path().getFileName().toString();
        boolean isHtml = HtmlToText.looksLikeHtml(fileName, decoded.text());
        String text = decoded.text();
        String url = null;
        String htmlTitle = null;
        if (isHtml) {
            HtmlToText.Extracted extracted = html.extract(text);
            text = extracted.text();
            url = extracted.url();
            htmlTitle = extracted.title();
        }
        ChromeRules.Result result = chrome.apply(TextNormalizer.normalize(text));
        String clean = TextNormalizer.normalize(result.text());
        if (clean.codePoints().filter(Character::isLetter).count() < minChars) {
            throw new DocumentRejected("no text content after cleaning (" + clean.length() + " characters left)");
        }
        if (!"UTF-8".equals(decoded.charset())) {
            doc.warn("decoded as " + decoded.charset());
        }
        doc.setClean(clean);
        doc.put(CLEAN, new CleanInfo(decoded.charset(), isHtml, url, htmlTitle, List.copyOf(result.hits())));
    }
}
