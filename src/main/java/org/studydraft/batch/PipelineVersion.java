package org.studydraft.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.studydraft.core.Pipeline;

/**
 * The pipeline version written on every entry: the code's release version plus a short hash of the code itself
 * (the jar or classes), every file under {@code annotators/}, the pipeline definition and any resource the
 * definition names outside {@code annotators/} (an absolute lexicon folder, say). Editing one lexicon line or one
 * rule changes it, so old entries are redone; the hash is of content, so merely touching a file does not.
 */
public final class PipelineVersion {
    private PipelineVersion() {
    }

    public static String releaseVersion() {
        String v = PipelineVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static String compute(Path annotatorsDir, Path pipelineFile) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path code = ProjectHome.codeLocation();
            if (Files.isRegularFile(code)) {
                digestFile(sha, code, "code");
            } else if (Files.isDirectory(code)) {
                digestTree(sha, code);
            }
            digestTree(sha, annotatorsDir);
            digestFile(sha, pipelineFile, "pipeline");
            for (Path outside : resourcesOutside(annotatorsDir, pipelineFile)) {
                if (Files.isDirectory(outside)) {
                    digestTree(sha, outside);
                } else {
                    digestFile(sha, outside, outside.toString());
                }
            }
            return releaseVersion() + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Settings of the pipeline file that name an existing file or folder outside the annotators folder. */
    static List<Path> resourcesOutside(Path annotatorsDir, Path pipelineFile) {
        Path inside = annotatorsDir.toAbsolutePath().normalize();
        Properties props = Pipeline.readProperties(pipelineFile);
        Set<Path> out = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key).trim();
            if (value.isEmpty()) {
                continue;
            }
            try {
                Path p = inside.resolve(value).normalize();
                if (!p.startsWith(inside) && !inside.startsWith(p) && Files.exists(p)) { // neither within nor around it
                    out.add(p);
                }
            } catch (InvalidPathException notAPath) {
                // most settings are numbers, names or lists, not paths
            }
        }
        return List.copyOf(out);
    }

    private static void digestTree(MessageDigest sha, Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                digestFile(sha, f, root.relativize(f).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void digestFile(MessageDigest sha, Path file, String name) {
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
