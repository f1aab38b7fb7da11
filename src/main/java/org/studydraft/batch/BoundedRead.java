package org.studydraft.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file's first {@code limit} bytes into memory while hashing all of it, so a 50 MB scrape costs a
 * bounded amount of heap and still gets the sha256 of its full content.
 */
public record BoundedRead(byte[] bytes, long size, String sha256, boolean truncated) {

    public static BoundedRead of(Path file, long limit) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream((int) Math.min(limit, 1 << 16));
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                if (size < limit) {
                    kept.write(buf, 0, (int) Math.min(n, limit - size));
                }
                size += n;
            }
        }
        return new BoundedRead(kept.toByteArray(), size, HexFormat.of().formatHex(sha.digest()), size > limit);
    }
}
