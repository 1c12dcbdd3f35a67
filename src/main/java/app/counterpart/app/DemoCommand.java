package app.counterpart.app;

import app.counterpart.core.event.EventBus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code counterpart demo [--days N] [--until DATE] [--scale X] [--seed S] [--replace]} */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build the demo shop (a tea and bakery shop) with a generated sales history in the data folder.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    CounterpartCommand parent;

    @Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "Days of history (default 365).")
    int days;

    @Option(names = "--until", paramLabel = "DATE",
            description = "Last business day, YYYY-MM-DD (default: today, up to now).")
    LocalDate until;

    @Option(names = "--scale", paramLabel = "X", defaultValue = "1",
            description = "Sales volume factor; about 10 gives 1,000,000 sale lines (default 1).")
    double scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + AppContext.DEFAULT_SEED,
            description = "Random seed; the same seed and end day give the same data.")
    long seed;

    @Option(names = "--replace", description = "Move an existing store aside (kept as a backup) and start over.")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        Path dir = parent.resolveDataDir(false);
        Clock clock = Clock.systemDefaultZone();
        Path file = dir.resolve(app.counterpart.store.Database.FILE_NAME);
        if (Files.exists(file)) {
            if (!replace) {
                System.err.println("counterpart: " + dir + " already holds a store; choose an empty --data-dir "
                        + "or pass --replace to move the old one aside.");
                return 2;
            }
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now(clock));
            Path backup = dir.resolve(app.counterpart.store.Database.FILE_NAME + ".replaced-" + stamp);
            Files.move(file, backup, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(dir.resolve(app.counterpart.store.Database.FILE_NAME + "-wal"));
            Files.deleteIfExists(dir.resolve(app.counterpart.store.Database.FILE_NAME + "-shm"));
            System.err.println("Moved the old store to " + backup);
        }
        long started = System.nanoTime();
        try (AppContext context = new AppContext(dir, clock, new EventBus(e -> { }))) {
            var result = context.installDemo(until, days, scale, seed, p -> { });
            System.out.printf("Demo shop ready in %s: %d sales, %d sale lines, %.1f s%n", dir, result.sales(),
                    result.saleLines(), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
