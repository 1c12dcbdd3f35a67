package app.counterpart.sync.client;

import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A day of the demo shop, installed once per test run and copied into each test's folder, so every
 * sync test starts from a real store with a full outbox without paying for the install each time.
 */
public final class ShopTemplate {

    private static Path template;

    private ShopTemplate() {
    }

    /** Copies the template store into {@code dir}, which then opens as a shop with its outbox unsent. */
    public static Path copyTo(Path dir) {
        Path source = template();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.resolve(Database.FILE_NAME));
                PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, dir.resolve(Database.FILE_NAME).toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("counterpart-sync-template");
                try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
                    store.installDemo(LocalDate.of(2026, 10, 31), 1);
                }
                template = dir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
