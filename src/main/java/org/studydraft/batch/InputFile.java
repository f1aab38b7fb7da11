package org.studydraft.batch;

import java.nio.file.Path;

/**
 * One file found under the input folder: its id (the file stem, made unique), its path, and when it cannot be
 * read as a document, the reason it is rejected without being opened. {@code note} explains a changed id.
 */
public record InputFile(String id, Path path, String rejectReason, String note) {
}
