package app.counterpart.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Who has a data folder's store open, so a restore never replaces the file under a running till (ADR
 * 0027). Every open {@link Database} holds a shared lock on {@code counterpart.lock}; a restore needs the
 * exclusive one. The operating system drops a lock when its process dies, so a crash leaves nothing
 * stale. One JVM may hold only one lock on a file, so opens within this process share it by count.
 */
final class StoreLock implements AutoCloseable {

    static final String FILE_NAME = "counterpart.lock";

    private record Held(FileChannel channel, FileLock lock, boolean exclusive, int[] count) {
    }

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path key;
    private boolean released;

    private StoreLock(Path key) {
        this.key = key;
    }

    /** Marks the store open; refused only while a restore holds the folder. */
    static StoreLock shared(Path directory) {
        return take(directory, false);
    }

    /** Sole use of the folder for a restore; refused while the store is open anywhere. */
    static StoreLock exclusive(Path directory) {
        return take(directory, true);
    }

    private static StoreLock take(Path directory, boolean exclusive) {
        Path key = directory.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held != null) {
                if (exclusive || held.exclusive()) {
                    throw busy(key, exclusive);
                }
                held.count()[0]++;
                return new StoreLock(key);
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, !exclusive);
                if (lock == null) {
                    channel.close();
                    throw busy(key, exclusive);
                }
                HELD.put(key, new Held(channel, lock, exclusive, new int[] {1}));
                return new StoreLock(key);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new StoreException("Cannot use the data folder " + key + ": " + e.getMessage(), e);
            }
        }
    }

    private static StoreException busy(Path key, boolean exclusive) {
        return new StoreException(exclusive
                ? "The store in " + key + " is open in Counterpart (the app or a command); close it first."
                : "The store in " + key + " is being restored from a backup; try again when that has finished.",
                null);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing was locked through it.
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(key);
            if (held != null && --held.count()[0] == 0) {
                HELD.remove(key);
                try {
                    held.lock().release();
                } catch (IOException ignored) {
                    // Closing the channel below releases it as well.
                }
                closeQuietly(held.channel());
            }
        }
    }
}
