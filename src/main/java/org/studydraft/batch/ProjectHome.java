package org.studydraft.batch;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the curated resources live: {@code annotators/} and {@code pipeline/}. Looked up in the
 * {@code studydraft.home} system property, then the working folder, then the folder above the jar
 * ({@code target/studydraft.jar} sits in the project), so the jar works from any working folder.
 */
public final class ProjectHome {
    private ProjectHome() {
    }

    public static Path locate() {
        String prop = System.getProperty("studydraft.home");
        if (prop != null && isHome(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        if (isHome(cwd)) {
            return cwd;
        }
        Path code = codeLocation();
        for (Path p = code; p != null; p = p.getParent()) {
            if (isHome(p)) {
                return p;
            }
        }
        return cwd;
    }

    /** The jar (or classes folder) this code was loaded from. */
    public static Path codeLocation() {
        try {
            return Path.of(ProjectHome.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    static boolean isHome(Path p) {
        return Files.isDirectory(p.resolve("annotators")) && Files.isDirectory(p.resolve("pipeline"));
    }
}
