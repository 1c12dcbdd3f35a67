package app.counterpart.app;

import app.counterpart.store.Backups;
import app.counterpart.store.StoreException;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart restore FILE [--yes]}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the shop's store with a backup, after checking it. The current store is kept as a "
                + "before-restore backup (or moved to the damaged folder if it cannot be read). The app must be "
                + "closed.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    CounterpartCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore (a file in the backups folder, or any path).")
    Path file;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = parent.resolveDataDir(false);
        Backups backups = new Backups(dir, Clock.systemDefaultZone());
        // A bare name is looked for in the backups folder, as --list shows them.
        Path source = !Files.exists(file) && file.getParent() == null ? backups.folder().resolve(file) : file;
        if (!yes && !confirmed(source, dir)) {
            err.println("counterpart restore: not restored; run again with --yes to confirm.");
            return 1;
        }
        try {
            Files.createDirectories(dir);
            Logging.configure(dir);
            Backups.Restored r = backups.restore(source);
            out.println("Restored " + r.restoredFrom() + " into " + dir + " (data version " + r.schemaVersion() + ").");
            if (r.previousKeptAs() != null) {
                out.println((r.previousWasDamaged() ? "The damaged store was moved to " : "The previous store is kept as ")
                        + r.previousKeptAs());
            }
            out.flush();
            return 0;
        } catch (StoreException | IOException e) {
            err.println("counterpart restore: " + e.getMessage());
            return 1;
        }
    }

    private static boolean confirmed(Path source, Path dir) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("Replace the store in %s with %s? Type yes to continue: ", dir, source);
        return answer != null && answer.trim().equalsIgnoreCase("yes");
    }
}
