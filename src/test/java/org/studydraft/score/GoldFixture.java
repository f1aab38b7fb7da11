package org.studydraft.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The hand-made gold set of the scorer's tests: two documents of the project and one absent outside it. */
final class GoldFixture {
    static final Path GOLD = Path.of("src/test/resources/gold-fixture/gold");

    private GoldFixture() {
    }

    static GoldSet load() {
        return GoldSet.load(GOLD);
    }

    static GoldLabel label(String id) {
        return load().labels().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    static RawDocument raw(GoldLabel label) {
        try {
            return RawDocument.read(load().docPath(label));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writable copy of the fixture project ({@code <dir>/gold/...}) for tests that break it; returns its gold folder. */
    static Path copyTo(Path dir) throws IOException {
        Path source = GOLD.getParent();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir.resolve("gold");
    }
}
