package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studydraft.core.Document;
import org.studydraft.testutil.Pipelines;

/**
 * One test per kind cue family: a short page written for the test that carries only that family's signal, next to
 * a neutral paragraph about a study that on its own says nothing about the page's kind.
 */
class KindStageTest {
    private static final String BODY = "A small study of 40 adults with ME/CFS measured heart rate during a short walking"
            + " test and found a larger rise than in people without the illness. Larger samples are needed to confirm it.";

    private static Decision<?> kind(String name, String text) {
        Document doc = Pipelines.process(name, text);
        return doc.get(KindStage.KIND);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // forum posts without forum chrome: hedges, edit notes, cut quotes, shared links, pasted mail links
        "forum|poster's hedge|Rituximab trial update\\nIIRC the second trial had more patients than the first one.",
        "forum|question to the forum|Heart rate monitors\\nHas anyone tried pacing with a heart rate monitor yet?",
        "forum|edit note|Short summary of the new paper (EDIT: fixed the link)",
        "forum|snip|Brain scans in ME/CFS\\nResearchers at a university have found changes in brain scans.\\n<snip>",
        "forum|shared link|Interesting new paper\\nhttps://example.org/articles/heart-rate-walking\\nThought people here would like this.",
        // blog posts: the writer's own post, bylines, verdict headings, site appeals
        "blog|own post|In this post I go through the new heart rate paper step by step.",
        "blog|byline before cleaning|Posted 3 March 2025 by Alex Morgan | Categories: Research",
        "blog|verdict heading|What the study did\\nMy take\\nIt is a useful first step.",
        "blog|reader appeal|Our winter donation drive is on: thank you to every reader who gives.",
        // news: outlets' paywalls and reporting voice
        "news|paywall|Please update your billing details to keep enjoying award-winning journalism.",
        "news|reporting voice|The project, launched today, will recruit 5,000 volunteers, the researchers said.",
        // abstracts flattened onto one line
        "abstract|inline structured abstract|Open Access Research Heart rate in ME/CFS Abstract Background: Walking is hard. Methods: We measured heart rate in 40 adults during a walking test. Results: Heart rate rose more in patients. Conclusions: Pacing may help.",
        // information, organisation and media pages
        "other|review date|Heart rate and ME/CFS\\nPage last reviewed: 4 May 2025\\nNext review due: 4 May 2028",
        "other|report page|Our annual report on research funding is now out.\\nDownload the full report (PDF)",
        "other|podcast page|Episode 12: walking tests and heart rate\\nShow notes\\nThis week we talk to a physiologist.\\nTranscript\\nHOST: Welcome back.\\nGUEST: Thanks for having me.",
    })
    void cueFamilyDecidesTheKind(String expected, String family, String page) {
        Decision<?> kind = kind("k.txt", page.replace("\\n", "\n") + "\n\n" + BODY + "\n");
        assertEquals(expected, kind.label(), family + ": " + kind.reason());
        assertTrue(kind.reason().contains("kind signals for '" + expected + "'"), kind.reason());
    }

    @Test
    void bylineInHtmlMarkupCountsBeforeCleaningRemovesIt() {
        String html = "<html><head><title>Walking tests and heart rate | Clinic Blog</title></head><body>"
                + "<div class=\"share\">Share this post</div><article><h1>Walking tests and heart rate</h1><p>" + BODY
                + "</p><p>" + BODY + "</p></article></body></html>";
        Decision<?> kind = kind("b.html", html);
        assertEquals("blog", kind.label(), kind.reason());
        assertTrue(kind.reason().contains("before cleaning"), kind.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "news|<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Walking tests\"}</script>",
        "blog|<meta name='generator' content='WordPress 6.5'>",
        "forum|<meta name='generator' content='XenForo'>",
        "abstract|<meta name='citation_title' content='Heart rate during walking in ME/CFS'>",
    })
    void pageMetadataInHtmlNamesTheKind(String expected, String headTag) {
        String html = "<html><head>" + headTag.replace('\'', '"') + "<title>Walking tests</title></head><body><main><h1>Walking"
                + " tests</h1><p>" + BODY + "</p><p>" + BODY + "</p></main></body></html>";
        Decision<?> kind = kind("p.html", html);
        assertEquals(expected, kind.label(), kind.reason());
    }

    @Test
    void forumMemberStatsCountEvenWhereHtmlSelectorsRemovedThem() {
        String html = "<html><body><aside class=\"sidebar\">\nJoined: Mar 3, 2019\nMessages: 1,204\n</aside><main><p>" + BODY
                + "</p><p>" + BODY + "</p></main></body></html>";
        Decision<?> kind = kind("s.html", html);
        assertEquals("forum", kind.label(), kind.reason());
    }

    @Test
    void redditNamesAreForumSignals() {
        Decision<?> kind = kind("r.txt", "Posted by u/slow_walker_22 in r/cfs\n\n" + BODY + "\n");
        assertEquals("forum", kind.label(), kind.reason());
    }

    @Test
    void commonWordsAreNotForumChrome() {
        // "thread" and "op" inside ordinary words and phrases are no forum signal.
        Decision<?> kind = kind("l.txt", "An open letter to the research council\n\nThe common thread of these op-eds is"
                + " clear. Dear Sir or Madam, we ask you to fund biomedical research.\n\n" + BODY + "\n");
        assertEquals("blog", kind.label(), kind.reason());
    }

    @Test
    void fullTextWithItsAbstractStaysFullText() {
        String paper = "Heart rate during walking in ME/CFS\n\nAbstract\nBackground: Walking is hard.\nMethods: We measured"
                + " heart rate.\nResults: It rose.\nConclusions: Pacing may help.\n\n1 Introduction\n" + BODY + "\n\n2 Methods\n"
                + BODY + "\n\n3 Results\n" + BODY + "\n\n4 Discussion\n" + BODY + "\n\nReferences\n1. A reference.\n";
        assertEquals("fulltext", kind("f.txt", paper).label());
    }

    @Test
    void closeRunnerUpIsKeptAsAWarning() {
        // A blog byline and a poster's edit note: both kinds are plausible, the weaker one is named in a warning.
        Decision<?> kind = kind("w.txt", "Posted by Sam Lee on 2 May 2025\n\nHeart rate study (EDIT: title)\n" + BODY + "\n");
        assertTrue(kind.warnings().stream().anyMatch(w -> w.startsWith("kind:") && w.contains("narrowly")),
                kind.reason() + " " + kind.warnings());
    }
}
