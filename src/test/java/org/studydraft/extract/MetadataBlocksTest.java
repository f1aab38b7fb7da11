package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studydraft.core.Span;

/** Index-term lists and teaser blocks under their headings are metadata; running text after them is not. */
class MetadataBlocksTest {
    private static final MetadataBlocks BLOCKS = MetadataBlocks.load(Path.of("annotators", "lexicons", "metadata-headings.txt"));

    @Test
    void aMeshListUpToTheNextLongParagraph() {
        String body = "Natural killer cell function was reduced in patients compared with controls, and the reduction"
                + " tracked symptom severity over twelve months of follow-up in this cohort of adults.";
        String text = "Abstract text.\n\nMeSH terms\n\n• Killer Cells, Natural\n• Humans\n\nSubstances\n\n• Cytokines\n\n" + body;
        List<Span> blocks = BLOCKS.blocks(text);
        assertEquals(1, blocks.size());
        String block = blocks.get(0).of(text);
        assertEquals(true, block.startsWith("MeSH terms") && block.contains("• Cytokines") && !block.contains("Natural killer cell function"));
    }

    @Test
    void noHeadingNoBlock() {
        assertEquals(List.of(), BLOCKS.blocks("Keywords\n\nfatigue; cytokines\n\nIntroduction\nSome text."));
    }
}
