package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;

/** One document's last result as kept in the output folder's state: an entry or a rejection, with what produced it. */
public record CachedResult(String id, String path, String sha256, String pipelineVersion, JsonNode entry, String rejectReason) {
    public boolean rejected() {
        return entry == null;
    }
}
