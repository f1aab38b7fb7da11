package org.studydraft.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pipeline version written on every entry: the code's release version plus a short hash of the code itself
 * (the jar or classes), every file under {@code annotators/} and the pipeline definition. Editing one lexicon
 * line or one rule changes it, so old entries are redone.
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
            return releaseVersion() + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
