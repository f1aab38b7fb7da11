package org.studydraft.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads a file's first {@code limit} bytes into memory while hashing all of it, so a 50 MB scrape costs a
 * bounded amount of heap and still gets the sha256 of its full content. A cut never splits a character: it backs
 * off to the last whole UTF-8 sequence (or UTF-16 code unit pair), so a truncated UTF-8 file still decodes as
 * UTF-8 instead of failing strict decoding and falling back to windows-1252 as a whole.
 */
public record BoundedRead(byte[] bytes, long size, String sha256, boolean truncated) {

    public static BoundedRead of(Path file, long limit) throws IOException {
        MessageDigest sha = sha256Digest();
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
        byte[] bytes = kept.toByteArray();
        boolean truncated = size > limit;
        if (truncated) {
            bytes = Arrays.copyOf(bytes, wholeCharacters(bytes));
        }
        return new BoundedRead(bytes, size, HexFormat.of().formatHex(sha.digest()), truncated);
    }

    /** The sha256 of a file's content, streamed: nothing of it is kept in memory. */
    public static String sha256(Path file) throws IOException {
        return of(file, 0).sha256();
    }

    /** The length of the longest prefix of {@code b} that ends on a character boundary. */
    static int wholeCharacters(byte[] b) {
        int len = b.length;
        boolean utf16le = len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE;
        boolean utf16be = len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF;
        if (utf16le || utf16be) {
            len &= ~1;
            if (len >= 4) {
                int high = utf16le ? b[len - 1] & 0xFF : b[len - 2] & 0xFF;
                if (high >= 0xD8 && high <= 0xDB) {
                    len -= 2; // the first half of a surrogate pair
                }
            }
            return len;
        }
        int lead = len - 1;
        while (lead >= 0 && len - lead <= 4 && (b[lead] & 0xC0) == 0x80) {
            lead--;
        }
        if (lead < 0) {
            return len;
        }
        int first = b[lead] & 0xFF;
        int needed = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
        return len - lead < needed ? lead : len;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
