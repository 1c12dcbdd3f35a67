package app.counterpart.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** java.util.logging set up once: details to a rotating file in the data folder, warnings to the console. */
final class Logging {

    private Logging() {
    }

    static void configure(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        root.setLevel(Level.INFO);
        if (dataDir != null) {
            try {
                Path logs = Files.createDirectories(dataDir.resolve("logs"));
                FileHandler file = new FileHandler(logs.resolve("counterpart-%g.log").toString(), 2_000_000, 5, true);
                file.setFormatter(new SimpleFormatter());
                file.setLevel(Level.INFO);
                root.addHandler(file);
            } catch (IOException e) {
                root.log(Level.WARNING, "Cannot write logs to " + dataDir + ": " + e.getMessage());
            }
        }
    }
}
