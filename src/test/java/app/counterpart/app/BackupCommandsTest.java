package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.TestSales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, backup --list, restore and check as a script runs them, on a real data folder. */
class BackupCommandsTest {

    @TempDir
    Path dir;

    private long demoShop() {
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            store.installDemo(LocalDate.of(2026, 11, 27), 2);
            return store.sales.saleLineCount();
        }
    }

    private static long saleLines(Path dir) {
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            return store.sales.saleLineCount();
        }
    }

    @Test
    void backupListRestoreAndCheck() throws Exception {
        long lines = demoShop();
        String d = dir.toString();

        CounterpartCli.Run backup = CounterpartCli.run("--data-dir", d, "backup");
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().matches("Backed up to " + java.util.regex.Pattern.quote(dir.resolve("backups").toString())
                + "/counterpart-\\d{4}-\\d{2}-\\d{2}-\\d{4}-manual\\.db \\(\\d+\\.\\d (kB|MB)\\)\\s*"), backup.out());

        Path to = dir.resolve("usb-stick.db");
        CounterpartCli.Run copy = CounterpartCli.run("--data-dir", d, "backup", "--to", to.toString());
        assertEquals(0, copy.exit(), copy.err());
        assertTrue(copy.out().startsWith("Backed up to " + to), copy.out());
        CounterpartCli.Run again = CounterpartCli.run("--data-dir", d, "backup", "--to", to.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already exists"), again.err());

        CounterpartCli.Run list = CounterpartCli.run("--data-dir", d, "backup", "--list");
        assertEquals(0, list.exit(), list.err());
        List<String> rows = list.out().lines().toList();
        assertTrue(rows.get(0).matches("FILE\\s+TAKEN AT\\s+REASON\\s+SIZE"), rows.get(0));
        assertEquals(2, rows.size(), list.out());
        assertTrue(rows.get(1).matches("counterpart-\\S+-manual\\.db\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+manual\\s+\\d+\\.\\d (kB|MB)"),
                rows.get(1));
        String backupName = rows.get(1).split("\\s+")[0];

        CounterpartCli.Run check = CounterpartCli.run("--data-dir", d, "check");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().startsWith("ok (data version " + Database.SCHEMA_VERSION), check.out());

        // A sale after the backup, which the restore takes away again.
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            store.sales.commit(List.of(new TestSales(store).sale(Map.of(store.catalog.products().get(0), 1),
                    java.time.Instant.now())));
        }
        assertEquals(lines + 1, saleLines(dir));

        CounterpartCli.Run unconfirmed = CounterpartCli.run("--data-dir", d, "restore", backupName);
        assertEquals(1, unconfirmed.exit());
        assertTrue(unconfirmed.err().contains("--yes"), unconfirmed.err());
        assertEquals(lines + 1, saleLines(dir));

        CounterpartCli.Run restore = CounterpartCli.run("--data-dir", d, "restore", backupName, "--yes");
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("The previous store is kept as " + dir.resolve("backups")), restore.out());
        assertEquals(lines, saleLines(dir));
        CounterpartCli.Run listed = CounterpartCli.run("--data-dir", d, "backup", "--list");
        assertTrue(listed.out().contains("before-restore"), listed.out());
    }

    @Test
    void refusalsExitNonZeroWithTheReasonAndTouchNothing() throws Exception {
        long lines = demoShop();
        String d = dir.toString();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a database, only words".repeat(50));

        CounterpartCli.Run notSqlite = CounterpartCli.run("--data-dir", d, "restore", notes.toString(), "--yes");
        assertEquals(1, notSqlite.exit());
        assertTrue(notSqlite.err().startsWith("counterpart restore: Not restoring: The file notes.txt is not an SQLite"),
                notSqlite.err());
        CounterpartCli.Run missing = CounterpartCli.run("--data-dir", d, "restore", "no-such-backup.db", "--yes");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("there is no file at"), missing.err());

        try (DemoFixture open = new DemoFixture(dir, Clock.systemUTC())) {
            Path copy = dir.resolve("copy.db");
            assertEquals(0, CounterpartCli.run("--data-dir", d, "backup", "--to", copy.toString()).exit(),
                    "a backup is taken while the store is open");
            CounterpartCli.Run whileOpen = CounterpartCli.run("--data-dir", d, "restore", copy.toString(), "--yes");
            assertEquals(1, whileOpen.exit());
            assertTrue(whileOpen.err().contains("is open in Counterpart"), whileOpen.err());
        }
        assertEquals(lines, saleLines(dir));
        assertFalse(Files.exists(dir.resolve("backups")), "no before-restore backup for a refused restore");

        Path empty = dir.resolve("empty");
        CounterpartCli.Run nothing = CounterpartCli.run("--data-dir", empty.toString(), "backup");
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("holds no store"), nothing.err());

        Files.writeString(dir.resolve(Database.FILE_NAME), "garbage");
        CounterpartCli.Run check = CounterpartCli.run("--data-dir", d, "check");
        assertEquals(1, check.exit());
        assertTrue(check.err().contains("is not an SQLite database"), check.err());
        assertEquals("", check.out());
    }
}
