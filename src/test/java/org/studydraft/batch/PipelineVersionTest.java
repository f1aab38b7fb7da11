package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineVersionTest {
    @TempDir
    Path tmp;

    @Test
    void aResourceNamedOutsideTheAnnotatorsFolderIsPartOfTheVersion() throws IOException {
        Path annotators = Files.createDirectories(tmp.resolve("home/annotators"));
        Files.writeString(annotators.resolve("rules.tsv"), "a\n");
        Path lexicons = Files.createDirectories(tmp.resolve("elsewhere/lexicons"));
        Files.writeString(lexicons.resolve("symptom.tsv"), "fatigue\n");
        Path pipeline = Files.writeString(tmp.resolve("pipeline.properties"),
                "stages = clean\nentities.lexicons = " + lexicons + "\nparent = ..\nroot = /\nrules = rules.tsv\nlimit = 50\n");
        assertEquals(List.of(lexicons), PipelineVersion.resourcesOutside(annotators, pipeline),
                "only the outside folder: not the annotators' own files, their parent, the root, or plain settings");
        String before = PipelineVersion.compute(annotators, pipeline);
        Files.writeString(lexicons.resolve("symptom.tsv"), "fatigue\nmalaise\n");
        assertNotEquals(before, PipelineVersion.compute(annotators, pipeline));
    }
}
