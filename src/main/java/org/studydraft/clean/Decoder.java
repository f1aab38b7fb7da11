package org.studydraft.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.studydraft.core.DocumentRejected;

/**
 * Bytes to text: a byte-order mark decides UTF-8/UTF-16; otherwise strict UTF-8, falling back to
 * windows-1252 (a superset of Latin-1 for printable text, which is what old pages really use).
 * Binary content is rejected rather than decoded into garbage.
 */
public final class Decoder {
    /** The decoded text and the charset it was read as. */
    public record Decoded(String text, String charset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        rejectBinary(bytes);
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(lenient(bytes, 0, WINDOWS_1252), "windows-1252");
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset cs) {
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    /**
     * Rejects content that is not text: known binary signatures, NUL bytes (text files never hold them
     * without a UTF-16 byte-order mark), or a high share of control bytes in the first 8 KB.
     */
    static void rejectBinary(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, '%', 'P', 'D', 'F')
                || startsWith(bytes, 0xFF, 0xD8, 0xFF) || startsWith(bytes, 'P', 'K', 3, 4)
                || startsWith(bytes, 'G', 'I', 'F', '8') || startsWith(bytes, 0x1F, 0x8B)) {
            throw new DocumentRejected("binary content (file signature of an image, PDF or archive)");
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new DocumentRejected("binary content (NUL byte at offset " + i + ")");
            }
            if (i < n && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            throw new DocumentRejected("binary content (" + control + " control bytes in the first " + n + ")");
        }
    }

    private static boolean startsWith(byte[] bytes, int... sig) {
        if (bytes.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((bytes[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
