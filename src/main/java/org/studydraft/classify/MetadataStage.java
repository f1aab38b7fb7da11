package org.studydraft.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.clean.CleanInfo;
import org.studydraft.clean.CleanStage;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.Span;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;
import org.studydraft.segment.SegmentStage;

/**
 * Title, authors, journal, year, PMID, DOI, the page's own address and retraction notices. Identifiers count
 * only where they label the page's own paper: a PMID in square brackets or after "see" cites another paper.
 */
public final class MetadataStage extends BaseStage {
    public static final Layer<Metadata> METADATA = Layer.of("metadata", Metadata.class);

    private static final Pattern PMID = Pattern.compile("(?<![\\[\\w])PMID(?:-|:)?\\s*(?:\\n-\\s*)?(\\d{6,9})\\b");
    private static final Pattern DOI = Pattern.compile("(?i)(?:doi:?\\s*|doi\\.org/)?\\b(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:source|url|link|originally published at):\\s*(https?://\\S+)");
    private static final Pattern DOT_LINE = Pattern.compile("^(.+?) · (.+?) · ((?:19|20)\\d\\d)(?: · .*)?$", Pattern.MULTILINE);
    private final Pattern retraction;
    private final TitleFinder titles;
    /** The year patterns in file order, as one cue set: one prefilter pass over the head serves them all. */
    private final CueSet yearPatterns;
    private final int yearHeadChars;

    public MetadataStage(StageContext ctx) {
        super("metadata", Set.of(SegmentStage.SENTENCES), Set.of(METADATA));
        this.retraction = Pattern.compile(ctx.setting("retraction_pattern",
                "(?i)\\b(retracted:|this article has been retracted|retraction notice|notice of retraction|has been withdrawn)"));
        List<Cue> years = new ArrayList<>();
        for (String[] row : org.studydraft.core.Resources.readTsv(ctx.resource("year_rules", "rules/year.tsv"), 2)) {
            years.add(new Cue("year", 0, "year", Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), row[0]));
        }
        this.yearPatterns = CueSet.of(years);
        this.yearHeadChars = ctx.intSetting("year_head_chars", 2500);
        this.titles = new TitleFinder(CueSet.load(ctx.resource("title_cues", "cues/title.tsv")),
                ctx.intSetting("title_lines", 25), ctx.doubleSetting("title_min_score", 2.0));
    }

    @Override
    public void process(Document doc) {
        String text = doc.clean();
        CleanInfo info = doc.get(CleanStage.CLEAN);
        String pmid = firstGroup(PMID, text, 1);
        String doi = null;
        Matcher dm = DOI.matcher(text);
        if (dm.find()) {
            doi = dm.group(1).replaceAll("[.,;)\\]]+$", "");
        }
        String url = info != null ? info.url() : null;
        if (url == null) {
            url = firstGroup(URL, text, 1);
        }
        String title = null;
        Span titleSpan = null;
        List<String> authors = List.of();
        String journal = null;
        Integer year = null;
        Matcher dot = DOT_LINE.matcher(text.substring(0, Math.min(text.length(), 1500)));
        if (dot.find()) {
            authors = splitAuthors(dot.group(1));
            journal = dot.group(2).strip();
            year = Integer.valueOf(dot.group(3));
            if (authors.isEmpty() && journal != null) {
                journal = dot.group(1).strip();
            }
        }
        if (year == null) {
            year = publicationYear(text.substring(0, Math.min(text.length(), yearHeadChars)));
        }
        titleSpan = titles.find(text, info != null ? info.htmlTitle() : null);
        if (titleSpan != null) {
            title = titleSpan.of(text);
        }
        if (info != null && info.html() && info.htmlTitle() != null && title == null) {
            title = info.htmlTitle();
        }
        Matcher rm = retraction.matcher(text);
        boolean retracted = rm.find();
        Span retractionSpan = retracted ? new Span(rm.start(), rm.end()) : null;
        if (retracted) {
            doc.warn("retraction notice in the text: \"" + rm.group() + "\"");
        }
        doc.put(METADATA, new Metadata(title, authors, journal, year, pmid, doi, url, retracted, titleSpan, retractionSpan));
    }

    /** The year of the first curated year pattern that matches, or null. */
    private Integer publicationYear(String head) {
        CueSet.Text on = yearPatterns.on(head);
        for (Cue cue : yearPatterns.cues()) {
            Matcher m = on.find(cue);
            if (m != null) {
                return Integer.valueOf(m.group("year"));
            }
        }
        return null;
    }

    private static List<String> splitAuthors(String s) {
        String t = s.strip();
        if (t.length() > 300) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(Arrays.stream(t.split(",\\s*")).map(String::strip).filter(x -> !x.isEmpty()).toList());
        // "Maes, Michael, Mihaylova, Ivana" lists surname, given name pairs: join them back.
        List<String> out = new ArrayList<>();
        boolean pairs = parts.size() >= 2 && parts.stream().noneMatch(p -> p.contains(" ") && !p.matches("[A-Z] [A-Z]|et al\\.?"));
        if (pairs) {
            for (int i = 0; i < parts.size(); i += 2) {
                String given = i + 1 < parts.size() ? parts.get(i + 1) : "";
                String surname = parts.get(i);
                if (surname.endsWith(" et al.") || surname.equals("et al.")) {
                    break;
                }
                out.add(given.isEmpty() ? surname : surname + ", " + given.replaceAll(" et al\\.?$", ""));
            }
            return out;
        }
        for (String p : parts) {
            out.add(p.replaceAll(" et al\\.?$", ""));
        }
        return out;
    }

    private static String firstGroup(Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(group) : null;
    }
}
