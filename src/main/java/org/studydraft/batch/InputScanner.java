package org.studydraft.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the documents under an input folder in a stable order. Symbolic links are never followed into folders
 * (so a link loop cannot trap the walk); a link to a file is read, a dangling or looping one rejected; a folder
 * named like a document ("x.txt/") is listed as rejected and its files are read like any other folder's; files of
 * other types are rejected with their reason, and so are hidden files and folders (listed, not read or entered),
 * so that everything under the input folder is accounted for; only the output folder, when it lies inside the
 * input folder, is left out. Ids are file stems; when two inputs share a stem ("a.txt", "a.html") the
 * later one gets the extension in its id, so no entry silently overwrites another.
 */
public final class InputScanner {
    /** Longest id that still makes a valid file name ({@code drafts/<id>.md}) on common file systems. */
    static final int MAX_ID_BYTES = 240;

    private final Set<String> extensions;
    private final Path excluded;

    /** {@code excluded} (may be null) is a folder never scanned: the run's own output folder. */
    public InputScanner(Set<String> extensions, Path excluded) {
        this.extensions = Set.copyOf(extensions);
        this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
    }

    public List<InputFile> scan(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        List<InputFile> rejected = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (dir.toAbsolutePath().normalize().equals(excluded)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (dir.getFileName().toString().startsWith(".")) {
                    rejected.add(new InputFile(stem(dir), dir, "hidden folder (not entered)", null));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (hasDocumentExtension(dir)) {
                    rejected.add(new InputFile(stem(dir), dir, "a directory named like a document (its files are read as usual)", null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().startsWith(".")) {
                    rejected.add(new InputFile(stem(file), file, "hidden file (not read)", null));
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    if (!Files.exists(file)) {
                        rejected.add(new InputFile(stem(file), file, "dangling or looping symbolic link", null));
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isDirectory(file)) {
                        rejected.add(new InputFile(stem(file), file, "symbolic link to a directory (not followed)", null));
                        return FileVisitResult.CONTINUE;
                    }
                }
                if (!hasDocumentExtension(file)) {
                    rejected.add(new InputFile(stem(file), file, "unsupported file type (expected " + String.join(", ", new TreeSet<>(extensions)) + ")", null));
                } else if (!Files.isRegularFile(file)) {
                    rejected.add(new InputFile(stem(file), file, "not a regular file", null));
                } else if (!Files.isReadable(file)) {
                    rejected.add(new InputFile(stem(file), file, "unreadable (permission denied)", null));
                } else {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                rejected.add(new InputFile(stem(file), file, "cannot be read: " + exc.getClass().getSimpleName() + " " + exc.getMessage(), null));
                return FileVisitResult.CONTINUE;
            }
        });
        List<InputFile> all = new ArrayList<>();
        found.sort(Comparator.comparing(p -> root.relativize(p).toString()));
        Set<String> ids = new HashSet<>();
        for (Path p : found) {
            all.add(unique(p, ids, null));
        }
        for (InputFile r : rejected) {
            all.add(unique(r.path(), ids, r.rejectReason()));
        }
        all.sort(Comparator.comparing(f -> root.relativize(f.path()).toString()));
        return all;
    }

    private static InputFile unique(Path p, Set<String> ids, String rejectReason) {
        String base = stem(p);
        String id = base;
        String note = null;
        if (!ids.add(id)) {
            String name = p.getFileName().toString();
            int dot = name.lastIndexOf('.');
            id = dot > 0 ? base + "-" + name.substring(dot + 1).toLowerCase(Locale.ROOT) : base + "-file";
            int k = 2;
            while (!ids.add(id)) {
                id = base + "-" + k++;
            }
            note = "same file stem as another input: id '" + id + "' instead of '" + base + "'";
        }
        if (rejectReason == null && id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            rejectReason = "file name too long to name its draft (over " + MAX_ID_BYTES + " bytes)";
        }
        return new InputFile(id, p, rejectReason, note);
    }

    boolean hasDocumentExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1));
    }

    static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
