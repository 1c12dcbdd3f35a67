package app.counterpart.app;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.shop.Shop;
import app.counterpart.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Opening the store of a data folder for a headless command, with the messages a script needs. */
final class StoreCommands {

    /** Exit code of a command that could not start: no store, no shop, bad arguments. */
    static final int UNUSABLE = 2;

    private StoreCommands() {
    }

    /** A command failure with the message to print and the exit code to return. */
    static final class Failure extends RuntimeException {
        final int exitCode;

        Failure(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    /** Opens the data folder's store; it must already hold a shop (a headless command never creates one). */
    static AppContext open(Path dataDir, Clock clock) {
        if (!Files.exists(dataDir.resolve(Database.FILE_NAME))) {
            throw new Failure(dataDir + " holds no Counterpart store; run `counterpart --data-dir " + dataDir
                    + " demo` or set up a shop in the app first.", UNUSABLE);
        }
        AppContext context = new AppContext(dataDir, clock, new EventBus(e -> { }));
        if (context.shops.shop().isEmpty()) {
            context.close();
            throw new Failure(dataDir + " has no shop set up yet.", UNUSABLE);
        }
        return context;
    }

    static Shop shop(AppContext context) {
        return context.shops.shop().orElseThrow();
    }
}
