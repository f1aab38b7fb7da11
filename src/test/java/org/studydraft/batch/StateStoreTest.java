package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.write.Json;

class StateStoreTest {
    @TempDir
    Path out;

    @Test
    void stampsAreReadBackWithoutTheEntryAndResultsInFull() throws IOException {
        StateStore store = new StateStore(out);
        StateStore.Stamp entry = new StateStore.Stamp("doc", "doc.txt", "abc", 120, "v1", 1000, 60, null, false);
        StateStore.Stamp timedOut = new StateStore.Stamp("slow é", "slow é.txt", "def", 5, "v1", 1000, 5, "time limit", true);
        store.save(entry, Json.MAPPER.createObjectNode().put("id", "doc").put("title", "T"));
        store.save(timedOut, null);
        Files.writeString(store.dir().resolve("broken.json"), "{\"id\":");
        Files.writeString(store.dir().resolve(".doc.json.123.tmp"), "left by a killed run");
        Map<String, StateStore.Stamp> stamps = store.loadStamps();
        assertEquals(Map.of("doc", entry, "slow é", timedOut), stamps);
        assertFalse(Files.exists(store.dir().resolve("broken.json")), "an unreadable state file is dropped");
        assertFalse(Files.exists(store.dir().resolve(".doc.json.123.tmp")));
        assertEquals("T", store.load("doc").entry().path("title").asText());
        assertNull(store.load("slow é").entry());
        assertEquals("time limit", store.load("slow é").rejectReason());
    }

    @Test
    void aStampHoldsWhileNothingItDependsOnChanged() {
        StateStore.Stamp s = new StateStore.Stamp("d", "d.txt", "abc", 5000, "v1", 4000, 60, null, false);
        assertTrue(s.holdsFor("d.txt", "abc", 5000, "v1", 4000, 60));
        assertTrue(s.holdsFor("d.txt", "abc", 5000, "v1", 4000, 120), "a longer time limit changes nothing for a finished document");
        assertFalse(s.holdsFor("d.txt", "abd", 5000, "v1", 4000, 60));
        assertFalse(s.holdsFor("e.txt", "abc", 5000, "v1", 4000, 60));
        assertFalse(s.holdsFor("d.txt", "abc", 5000, "v2", 4000, 60));
        assertFalse(s.holdsFor("d.txt", "abc", 5000, "v1", 8000, 60), "it was cut at 4000 bytes; now it would be read whole");
        StateStore.Stamp small = new StateStore.Stamp("d", "d.txt", "abc", 100, "v1", 4000, 60, null, false);
        assertTrue(small.holdsFor("d.txt", "abc", 100, "v1", 8000, 60), "a file under both limits is read the same");
        StateStore.Stamp slow = new StateStore.Stamp("d", "d.txt", "abc", 100, "v1", 4000, 5, "time limit", true);
        assertTrue(slow.holdsFor("d.txt", "abc", 100, "v1", 4000, 5));
        assertFalse(slow.holdsFor("d.txt", "abc", 100, "v1", 4000, 60), "with more time it may finish");
    }

    @Test
    void everyIdGetsItsOwnFileName() {
        assertEquals("a-b_c.1", StateStore.safeName("a-b_c.1"));
        assertEquals("with%20space", StateStore.safeName("with space"));
        assertNotEquals(StateStore.safeName("a/b"), StateStore.safeName("a%2Fb"));
        String longId = "名前".repeat(100);
        assertTrue(StateStore.safeName(longId).length() <= 160);
        assertNotEquals(StateStore.safeName(longId), StateStore.safeName(longId + "x"));
    }
}
