package app.counterpart.app;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The store of a data folder that already holds a shop, for headless commands that work on one. */
final class ShopFolder {

    private ShopFolder() {
    }

    /**
     * Opens the shop's store, or tells {@code err} why there is none. Never creates a store: a typo in
     * --data-dir must not leave an empty shop behind.
     */
    static Optional<AppContext> open(Path dir, Clock clock, PrintWriter err) {
        if (!Files.isRegularFile(dir.resolve(Database.FILE_NAME))) {
            err.println("counterpart: " + dir + " holds no shop; set one up in the app first, or name its folder "
                    + "with --data-dir");
            return Optional.empty();
        }
        // Details (Flyway, jOOQ) go to the shop's log file as in the desktop app: stderr is for the report.
        Logging.configure(dir);
        AppContext context = new AppContext(dir, clock, new EventBus(e -> { }));
        if (context.shops.shop().isEmpty()) {
            context.close();
            err.println("counterpart: the store in " + dir + " holds no shop yet; set one up in the app first");
            return Optional.empty();
        }
        return Optional.of(context);
    }

    /**
     * The person a headless change is recorded under. The command line has no login, so it acts as the
     * shop's owner (the first staff member with the owner role): whoever can run it has the owner's
     * access to the data folder anyway.
     */
    static String ownerId(AppContext context) {
        return context.staff.staff().stream().filter(s -> s.role() == Role.OWNER).map(Staff::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("this shop has no owner to record the change under"));
    }
}
