package org.studydraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.batch.Fixtures;

/** The exit codes --help promises are the ones the run command returns. */
class ExitCodesTest {
    @TempDir
    Path tmp;

    @Test
    void helpListsTheExitCodes() {
        StringWriter help = new StringWriter();
        Main.commandLine().getSubcommands().get("run").usage(new PrintWriter(help));
        for (String code : new String[] {"0", "1", "2", "3", "4"}) {
            assertTrue(help.toString().contains("Exit codes:"), help.toString());
            assertTrue(help.toString().lines().anyMatch(l -> l.strip().startsWith(code + " ")), "exit code " + code + " in --help");
        }
    }

    @Test
    void zeroWhenTheRunFinishesEvenWithRejectedDocuments() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Fixtures.goldDocs().get(0), in.resolve("good.txt"));
        Files.createFile(in.resolve("empty.txt"));
        assertEquals(0, run("run", "--in", in.toString(), "--out", tmp.resolve("out").toString(), "-q"));
    }

    @Test
    void twoForBadArguments() {
        assertEquals(2, run("run", "--no-such-option"));
        assertEquals(2, run("run", "--threads", "many"));
        Path same = tmp.resolve("same");
        assertEquals(2, run("run", "--in", tmp.toString(), "--out", tmp.toString()));
        assertEquals(2, run("run", "--in", tmp.toString(), "--out", same.toString(), "--max-bytes", "0"));
    }

    @Test
    void threeWhenTheInputOrThePipelineCannotBeRead() throws IOException {
        assertEquals(3, run("run", "--in", tmp.resolve("missing").toString(), "--out", tmp.resolve("out").toString()));
        Path in = Files.createDirectories(tmp.resolve("in"));
        assertEquals(3, run("run", "--in", in.toString(), "--out", tmp.resolve("out").toString(), "--pipeline",
                tmp.resolve("no-such.properties").toString()));
    }

    @Test
    void fourWhenTheOutputCannotBeWrittenOrIsInUse() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        assertEquals(4, run("run", "--in", in.toString(), "--out", file.toString()));
        Path out = tmp.resolve("busy");
        Path lock = Files.createDirectories(out.resolve(".studydraft")).resolve("lock");
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            assertEquals(4, run("run", "--in", in.toString(), "--out", out.toString(), "-q"));
        }
    }

    private static int run(String... args) {
        return Main.commandLine().execute(args);
    }
}
