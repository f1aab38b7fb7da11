package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.write.EntryBuilder;

class BoundedReadTest {
    @TempDir
    Path tmp;

    @Test
    void keepsAtMostTheLimitButHashesTheWholeFile() throws IOException {
        byte[] all = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        Path f = Files.write(tmp.resolve("big.txt"), all);
        BoundedRead r = BoundedRead.of(f, 1000);
        assertTrue(r.truncated());
        assertEquals(1000, r.bytes().length);
        assertEquals(all.length, r.size());
        assertEquals(EntryBuilder.sha256(all), r.sha256());
        assertEquals(r.sha256(), BoundedRead.sha256(f));
        BoundedRead whole = BoundedRead.of(f, all.length);
        assertFalse(whole.truncated());
        assertArrayEquals(all, whole.bytes());
    }

    @Test
    void aCutNeverSplitsAUtf8Character() throws IOException {
        byte[] text = "ééééé".getBytes(StandardCharsets.UTF_8); // two bytes each
        Path f = Files.write(tmp.resolve("accents.txt"), text);
        BoundedRead r = BoundedRead.of(f, 5);
        assertEquals(4, r.bytes().length);
        assertEquals("éé", new String(r.bytes(), StandardCharsets.UTF_8));
        byte[] emoji = "a😀".getBytes(StandardCharsets.UTF_8); // 1 + 4 bytes
        assertEquals(1, BoundedRead.wholeCharacters(Arrays.copyOf(emoji, 4)));
        assertEquals(5, BoundedRead.wholeCharacters(emoji));
    }

    @Test
    void aCutNeverSplitsAUtf16CodeUnitOrSurrogatePair() {
        byte[] le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "ab😀".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(6, BoundedRead.wholeCharacters(Arrays.copyOf(le, 7)));
        assertEquals(6, BoundedRead.wholeCharacters(Arrays.copyOf(le, 8)), "the first half of the surrogate pair is dropped");
        assertEquals(10, BoundedRead.wholeCharacters(le));
        byte[] be = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, "ab😀".getBytes(StandardCharsets.UTF_16BE));
        assertEquals(6, BoundedRead.wholeCharacters(Arrays.copyOf(be, 8)));
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }
}
