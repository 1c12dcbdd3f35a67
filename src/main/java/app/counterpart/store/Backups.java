package app.counterpart.store;

import app.counterpart.core.backup.BackupInfo;
import app.counterpart.core.backup.BackupRotation;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConnection;

/**
 * Backups of one data folder's store, in {@code <data-dir>/backups/} (ADR 0027). A backup is taken with
 * SQLite's online backup API from a connection of its own, so it is a consistent copy of the last commit
 * even while the till writes, and it never blocks the till (WAL). It is written under a temporary name,
 * made a single self-contained file (no WAL), checked, and only then moved to its readable name; a failed
 * backup leaves no file behind and never touches the store.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    /** Where a damaged store is moved when a backup replaces it; never deleted by the app. */
    public static final String DAMAGED_FOLDER = "damaged";
    private static final String PARTIAL = ".partial";
    /** Pages per backup step: all at once, so one read snapshot covers the copy and a commit cannot restart it. */
    private static final int ALL_PAGES = -1;

    /** What a restore did, for the command line and the screens to tell the owner. */
    public record Restored(Path restoredFrom, Path previousKeptAs, boolean previousWasDamaged, int schemaVersion) {
    }

    private final Path dataDir;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath();
        this.clock = clock;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    public Path storeFile() {
        return dataDir.resolve(Database.FILE_NAME);
    }

    /** The backups in the folder, newest first; other files there are left out. */
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "counterpart-*.db")) {
            for (Path f : files) {
                BackupInfo.parse(f.getFileName().toString(), Files.size(f)).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the backups folder " + folder() + ": " + e.getMessage(), e);
        }
        found.sort(BackupRotation.NEWEST_FIRST);
        return found;
    }

    public Path path(BackupInfo backup) {
        return folder().resolve(backup.file());
    }

    /**
     * Takes a backup of the store into the backups folder under a readable name, checks it, then lets the
     * rotation delete what it no longer keeps. Works whether the store is open or not.
     */
    public BackupInfo backUp(String reason) {
        try {
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw failed(folder(), e);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path target;
        int n = 1;
        do {
            target = folder().resolve(BackupInfo.fileName(now, reason, n++));
        } while (Files.exists(target));
        copyTo(target);
        prune();
        try {
            return BackupInfo.parse(target.getFileName().toString(), Files.size(target)).orElseThrow();
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    /** Takes a backup into a file the owner names; refuses to overwrite one. */
    public Path backUpTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException("Not writing the backup: " + absolute + " already exists.", null);
        }
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            throw new StoreException("Not writing the backup: the folder " + absolute.getParent()
                    + " does not exist.", null);
        }
        copyTo(absolute);
        return absolute;
    }

    /** Deletes the backups the rotation no longer keeps; returns them. */
    public List<BackupInfo> prune() {
        List<BackupInfo> gone = BackupRotation.toDelete(list());
        for (BackupInfo b : gone) {
            try {
                Files.deleteIfExists(path(b));
            } catch (IOException e) {
                // Kept one more day; the next rotation tries again.
            }
        }
        return gone;
    }

    /** Online backup of the store into a temporary file beside {@code target}, checked, then moved there. */
    private void copyTo(Path target) {
        Path store = storeFile();
        if (!Files.isRegularFile(store)) {
            throw new StoreException("There is no store to back up in " + dataDir + ".", null);
        }
        Path partial = target.resolveSibling("." + target.getFileName() + PARTIAL);
        try {
            try (Connection source = Database.dataSource(store, false).getConnection()) {
                ((SQLiteConnection) source).getDatabase().backup("main", partial.toString(), null, 100, 50, ALL_PAGES);
            }
            selfContained(partial);
            StoreCheck.Verdict verdict = StoreCheck.file(partial);
            if (!verdict.ok()) {
                throw new StoreException("The backup did not pass its check, so the store itself may be damaged: "
                        + verdict.problem(), null);
            }
            move(partial, target);
        } catch (SQLException | IOException e) {
            deletePartial(partial);
            throw failed(target.getParent(), e);
        } catch (RuntimeException e) {
            deletePartial(partial);
            throw e;
        }
    }

    /** A backup is one file a person can copy: no WAL beside it. */
    private static void selfContained(Path file) throws SQLException {
        try (Connection c = Database.dataSource(file, false).getConnection(); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deletePartial(Path partial) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + suffix));
            } catch (IOException ignored) {
                // A leftover temporary file does no harm: it has no backup's name.
            }
        }
    }

    private StoreException failed(Path where, Exception e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (cause.contains("SQLITE_FULL") || cause.contains("No space left")) {
            cause = "the disk is full";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException
                || e instanceof java.nio.file.NotDirectoryException) {
            cause = "a file of that name is in the way of the folder";
        } else if (cause.contains("SQLITE_CANTOPEN") || cause.contains("unable to open")
                || e instanceof java.nio.file.AccessDeniedException) {
            cause = "the folder cannot be written to (" + cause + ")";
        }
        return new StoreException("Could not back up the store into " + where + ": " + cause
                + ". The store itself is unchanged.", e);
    }

    /**
     * Replaces the store with a copy of {@code source}, which must be a sound Counterpart store no newer
     * than this build. The current store is kept as a before-restore backup, or moved to the damaged folder
     * when it cannot be read. The restored store is then brought up to date. The store must not be open
     * anywhere: the folder's lock is taken for the whole restore.
     */
    public Restored restore(Path source) {
        Path from = source.toAbsolutePath();
        verify(from);
        try (StoreLock lock = StoreLock.exclusive(dataDir)) {
            Path staging = dataDir.resolve("." + Database.FILE_NAME + ".restoring" + PARTIAL);
            deletePartial(staging);
            try {
                try (Connection c = Database.dataSource(from, false).getConnection()) {
                    ((SQLiteConnection) c).getDatabase().backup("main", staging.toString(), null, 100, 50, ALL_PAGES);
                }
                selfContained(staging);
            } catch (SQLException e) {
                deletePartial(staging);
                throw new StoreException("Not restoring: " + from.getFileName() + " could not be copied into "
                        + dataDir + ": " + e.getMessage(), e);
            }
            // What goes in is what was checked: the copy, not only the original.
            StoreCheck.Verdict verdict = StoreCheck.file(staging);
            if (!verdict.ok()) {
                deletePartial(staging);
                throw new StoreException("Not restoring: " + verdict.problem(), null);
            }
            Path kept = null;
            boolean damaged = false;
            try {
                if (Files.exists(storeFile())) {
                    if (StoreCheck.file(storeFile()).ok()) {
                        kept = path(backUp(BackupInfo.BEFORE_RESTORE));
                        deleteStoreFiles();
                    } else {
                        damaged = true;
                        kept = moveAsideDamaged();
                    }
                }
                move(staging, storeFile());
            } catch (IOException e) {
                deletePartial(staging);
                throw new StoreException("Could not replace the store in " + dataDir + ": " + e.getMessage()
                        + (kept != null ? ". The previous store is kept as " + kept : ""), e);
            } catch (RuntimeException e) {
                deletePartial(staging);
                throw e;
            }
            Database.migrate(storeFile());
            return new Restored(from, kept, damaged, StoreCheck.file(storeFile()).schemaVersion());
        }
    }

    /**
     * Throws the refusal a restore of {@code source} would give (missing, not SQLite, damaged, not a
     * Counterpart store, newer than this build), without touching the store; so the app can refuse
     * before it closes the store.
     */
    public static void verify(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new StoreException("Not restoring: there is no file at " + source.toAbsolutePath() + ".", null);
        }
        StoreCheck.Verdict verdict = StoreCheck.file(source);
        if (!verdict.ok()) {
            throw new StoreException("Not restoring: " + verdict.problem(), null);
        }
        refuseNewer(verdict);
    }

    private static void refuseNewer(StoreCheck.Verdict verdict) {
        if (verdict.schemaVersion() > Database.SCHEMA_VERSION) {
            throw new StoreException("Not restoring: the backup was made by a newer Counterpart (data version "
                    + verdict.schemaVersion() + "; this one knows up to " + Database.SCHEMA_VERSION
                    + "). Install the newer version first.", null);
        }
    }

    /** The store's file and its WAL companions; the WAL must go with its file, never stay beside another. */
    private void deleteStoreFiles() throws IOException {
        Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + "-wal"));
        Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + "-shm"));
        Files.deleteIfExists(storeFile());
    }

    /** Moves a damaged store (and its WAL) into the damaged folder under a readable name; returns where. */
    public Path moveAsideDamaged() throws IOException {
        Path folder = dataDir.resolve(DAMAGED_FOLDER);
        Files.createDirectories(folder);
        LocalDateTime now = LocalDateTime.now(clock);
        Path target;
        int n = 1;
        do {
            target = folder.resolve(BackupInfo.fileName(now, "damaged", n++));
        } while (Files.exists(target));
        for (String suffix : List.of("-wal", "-shm")) {
            Path companion = dataDir.resolve(Database.FILE_NAME + suffix);
            if (Files.exists(companion)) {
                move(companion, target.resolveSibling(target.getFileName() + suffix));
            }
        }
        move(storeFile(), target);
        return target;
    }
}
