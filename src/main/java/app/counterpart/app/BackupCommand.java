package app.counterpart.app;

import app.counterpart.core.backup.BackupInfo;
import app.counterpart.store.Backups;
import app.counterpart.store.Database;
import app.counterpart.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart backup [--to FILE]} and {@code counterpart backup --list}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the shop's store into the backups folder of the data folder (or --to FILE), "
                + "checked before it is kept. Safe while the app is open. --list shows the backups.")
final class BackupCommand implements Callable<Integer> {

    static final DateTimeFormatter TAKEN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    CounterpartCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FILE", description = "Write the backup to this file instead (never overwritten).")
    Path to;

    @Option(names = "--list", description = "List the backups, newest first: file, taken at, reason, size.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = parent.resolveDataDir(false);
        Backups backups = new Backups(dir, Clock.systemDefaultZone());
        if (list) {
            List<BackupInfo> all = backups.list();
            if (all.isEmpty()) {
                out.println("No backups in " + backups.folder());
            } else {
                out.printf("%-48s %-16s %-16s %10s%n", "FILE", "TAKEN AT", "REASON", "SIZE");
                for (BackupInfo b : all) {
                    out.printf("%-48s %-16s %-16s %10s%n", b.file(), TAKEN_AT.format(b.takenAt()), b.reason(),
                            size(b.size()));
                }
            }
            out.flush();
            return 0;
        }
        if (!Files.isRegularFile(dir.resolve(Database.FILE_NAME))) {
            err.println("counterpart backup: " + dir + " holds no store to back up; name its folder with --data-dir");
            return ReportCommand.UNUSABLE;
        }
        try {
            Path written = to != null ? backups.backUpTo(to) : backups.path(backups.backUp(BackupInfo.MANUAL));
            out.println("Backed up to " + written + " (" + size(Files.size(written)) + ")");
            out.flush();
            return 0;
        } catch (StoreException | IOException e) {
            err.println("counterpart backup: " + e.getMessage());
            return 1;
        }
    }

    /** Bytes as a person reads them. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
