package org.studydraft.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkOptionsTest {
    @Test
    void jvmOptionsFileHoldsThePomsSparkOptions() throws IOException {
        // The pom's spark.jvm.options (surefire's argLine) and jvm.options (bin/studydraft-spark) must not drift apart.
        List<String> fromPom = Arrays.asList(System.getProperty("spark.jvm.options", "").trim().split("\\s+"));
        List<String> fromFile = Files.readAllLines(Path.of("jvm.options")).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        assertEquals(fromPom, fromFile);
    }

    @Test
    void formatFollowsTheInputsExtension() {
        assertEquals(InputFormat.JSONL, InputFormat.guess("/data/night.jsonl"));
        assertEquals(InputFormat.JSONL, InputFormat.guess("s3a://bucket/night.jsonl.gz"));
        assertEquals(InputFormat.PARQUET, InputFormat.guess("hdfs:///scrapes/2026-01-01.parquet/"));
        assertEquals(InputFormat.FOLDER, InputFormat.guess("../gold/docs"));
    }
}
