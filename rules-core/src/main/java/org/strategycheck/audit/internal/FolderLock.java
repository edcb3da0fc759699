package org.strategycheck.audit.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An audit folder held by one run: an operating-system lock on a file in the folder, so a
 * second audit into the same folder, from this process or another, is refused instead of
 * interleaving its lines. The system releases the lock when the process ends, however it
 * ends, so a killed run leaves no stale lock behind; the empty lock file stays.
 */
public final class FolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock without waiting.
     *
     * @param file the lock file, created if need be
     * @return the lock, or {@code null} when another run holds it
     * @throws IOException when the file cannot be created or locked
     */
    public static FolderLock tryAcquire(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new FolderLock(channel, lock);
        } catch (OverlappingFileLockException heldInThisProcess) {
            channel.close();
            return null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
