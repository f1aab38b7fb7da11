package org.studydraft.core;

import java.nio.file.Path;
import java.util.Properties;

/**
 * What a stage factory gets: its own settings (the pipeline properties under {@code <stage>.}) and the
 * folder of curated resources ({@code annotators/}), plus shared heavy resources built once per process.
 */
public record StageContext(String stageName, Properties pipelineProperties, Path annotatorsDir, SharedResources shared) {

    public String setting(String key, String fallback) {
        return pipelineProperties.getProperty(stageName + "." + key, fallback).trim();
    }

    public int intSetting(String key, int fallback) {
        return Integer.parseInt(setting(key, Integer.toString(fallback)));
    }

    public long longSetting(String key, long fallback) {
        return Long.parseLong(setting(key, Long.toString(fallback)));
    }

    public double doubleSetting(String key, double fallback) {
        return Double.parseDouble(setting(key, Double.toString(fallback)));
    }

    public boolean boolSetting(String key, boolean fallback) {
        return Boolean.parseBoolean(setting(key, Boolean.toString(fallback)));
    }

    /** A resource file under {@code annotators/}, named by the stage setting {@code key} or its default. */
    public Path resource(String key, String defaultRelativePath) {
        return annotatorsDir.resolve(setting(key, defaultRelativePath));
    }
}
