package org.studydraft.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder for the length of a run, so two runs (a nightly job and a manual one)
 * never interleave their state and output files. The operating system releases it when the process dies, so a
 * run killed with {@code kill -9} never leaves a stale lock behind.
 */
final class OutputLock implements AutoCloseable {
    /** Another run holds the output folder. */
    static final class Busy extends IOException {
        Busy(Path folder) {
            super("another run is using the output folder " + folder);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path out) throws IOException {
        Path file = out.resolve(".studydraft").resolve("lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new Busy(out);
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
