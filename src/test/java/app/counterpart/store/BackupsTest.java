package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.backup.BackupInfo;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.TestSales;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, checks and restores on real SQLite files. */
class BackupsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:15:00Z"));

    private DemoFixture demo(Path folder) {
        DemoFixture store = new DemoFixture(folder, clock);
        store.installDemo(LocalDate.of(2026, 11, 27), 3);
        return store;
    }

    static long count(Path file, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            return rs.getLong(1);
        }
    }

    @Test
    void aBackupIsAReadableCheckedSingleFileInTheBackupsFolder() throws Exception {
        try (DemoFixture store = demo(dir)) {
            BackupInfo b = new Backups(dir, clock).backUp(BackupInfo.MANUAL);
            assertEquals("counterpart-2026-11-28-0915-manual.db", b.file());
            Path file = dir.resolve("backups").resolve(b.file());
            assertEquals(Files.size(file), b.size());
            assertTrue(StoreCheck.file(file).ok());
            assertEquals(Database.SCHEMA_VERSION, StoreCheck.file(file).schemaVersion());
            assertEquals(store.sales.saleLineCount(), count(file, "sale_line"));
            try (var files = Files.list(dir.resolve("backups"))) {
                assertEquals(List.of(b.file()), files.map(f -> f.getFileName().toString()).toList(),
                        "no WAL, journal or temporary file beside it");
            }
            BackupInfo second = new Backups(dir, clock).backUp(BackupInfo.MANUAL);
            assertEquals("counterpart-2026-11-28-0915-manual-2.db", second.file());
            assertEquals(List.of(second, b), new Backups(dir, clock).list());
        }
    }

    @Test
    void aBackupTakenWhileAnotherThreadWritesIsAConsistentCopy() throws Exception {
        try (DemoFixture store = demo(dir)) {
            TestSales sales = new TestSales(store);
            var product = store.catalog.products().get(0);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    store.sales.commit(List.of(sales.sale(Map.of(product, 1), clock.instant())));
                    written.incrementAndGet();
                }
            });
            writer.start();
            try {
                while (written.get() < 20) {
                    Thread.sleep(5);
                }
                Backups backups = new Backups(dir, clock);
                for (int i = 0; i < 3; i++) {
                    Path file = backups.path(backups.backUp(BackupInfo.MANUAL));
                    assertTrue(StoreCheck.file(file).ok());
                    // Consistent: every sale has its lines, and the rollups agree with the sales in the copy.
                    assertEquals(count(file, "sale"), count(file, "sale s where exists (select 1 from sale_line l"
                            + " where l.sale_id = s.id)"));
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                            var rs = c.createStatement().executeQuery("select (select count(*) from sale where kind = 'sale'),"
                                    + " (select coalesce(sum(sales_count), 0) from rollup_day)")) {
                        assertEquals(rs.getLong(1), rs.getLong(2), "rollups move in the same transaction as sales");
                    }
                }
            } finally {
                stop.set(true);
                writer.join();
            }
            assertTrue(written.get() > 20);
        }
    }

    @Test
    void aFailedBackupLeavesNoFileAndTheStoreIntact() throws Exception {
        try (DemoFixture store = demo(dir)) {
            long lines = store.sales.saleLineCount();
            Path folder = dir.resolve("backups");
            // A file where the folder should be: unwritable even for root, which these tests may run as.
            Files.writeString(folder, "in the way");
            StoreException e = assertThrows(StoreException.class,
                    () -> new Backups(dir, clock).backUp(BackupInfo.MANUAL));
            assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("The store itself is unchanged"), e.getMessage());
            assertEquals("in the way", Files.readString(folder));
            Path elsewhere = dir.resolve("no-such-folder").resolve("copy.db");
            StoreException to = assertThrows(StoreException.class, () -> new Backups(dir, clock).backUpTo(elsewhere));
            assertTrue(to.getMessage().contains("does not exist"), to.getMessage());
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("partial")).toList());
            }
            assertEquals(lines, store.sales.saleLineCount());
            store.sales.commit(List.of(new TestSales(store).sale(Map.of(store.catalog.products().get(0), 1),
                    clock.instant())));
            assertTrue(StoreCheck.store(dir).ok());
        }
    }

    @Test
    void aBackupOfADamagedStoreIsRefusedAndNotKept() throws Exception {
        demo(dir).close();
        damageMiddle(dir.resolve(Database.FILE_NAME));
        StoreException e = assertThrows(StoreException.class, () -> new Backups(dir, clock).backUp(BackupInfo.DAILY));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertEquals(List.of(), new Backups(dir, clock).list());
    }

    @Test
    void theMigrationOfAnOlderStoreIsBackedUpFirstAndRefusedWhenThatFails() throws Exception {
        olderStore(dir.resolve(Database.FILE_NAME));
        Path folder = dir.resolve("backups");
        Files.writeString(folder, "in the way");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().startsWith("Not upgrading the store in " + dir), e.getMessage());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        Files.delete(folder);
        assertEquals(Database.SCHEMA_VERSION - 1, StoreCheck.store(dir).schemaVersion(), "not migrated");
        Database.open(dir).close();
        List<BackupInfo> backups = new Backups(dir, clock).list();
        assertEquals(1, backups.size());
        assertEquals("before-v" + Database.SCHEMA_VERSION, backups.get(0).reason());
        assertEquals(Database.SCHEMA_VERSION - 1, StoreCheck.file(folder.resolve(backups.get(0).file())).schemaVersion());
        assertEquals(Database.SCHEMA_VERSION, StoreCheck.store(dir).schemaVersion());
    }

    @Test
    void aNewStoreIsNotBackedUpBeforeItsFirstMigration() {
        Database.open(dir).close();
        assertFalse(Files.exists(dir.resolve("backups")));
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheCurrentStore() throws Exception {
        Path backupFile;
        long linesAtBackup;
        try (DemoFixture store = demo(dir)) {
            linesAtBackup = store.sales.saleLineCount();
            backupFile = new Backups(dir, clock).path(new Backups(dir, clock).backUp(BackupInfo.MANUAL));
            store.sales.commit(List.of(new TestSales(store).sale(Map.of(store.catalog.products().get(0), 2),
                    clock.instant())));
            assertEquals(linesAtBackup + 1, store.sales.saleLineCount());
            StoreException open = assertThrows(StoreException.class, () -> new Backups(dir, clock).restore(backupFile));
            assertTrue(open.getMessage().contains("is open in Counterpart"), open.getMessage());
        }
        clock.advance(java.time.Duration.ofMinutes(1));
        Backups.Restored r = new Backups(dir, clock).restore(backupFile);
        assertFalse(r.previousWasDamaged());
        assertEquals("counterpart-2026-11-28-0916-before-restore.db", r.previousKeptAs().getFileName().toString());
        assertEquals(linesAtBackup + 1, count(r.previousKeptAs(), "sale_line"));
        assertFalse(Files.exists(dir.resolve(Database.FILE_NAME + "-wal")));
        assertEquals(rows(backupFile), rows(dir.resolve(Database.FILE_NAME)), "every table as in the backup");
        try (DemoFixture reopened = new DemoFixture(dir, clock)) {
            assertEquals(linesAtBackup, reopened.sales.saleLineCount());
        }
        assertTrue(Files.exists(backupFile), "the backup itself stays");
    }

    @Test
    void restoreRefusesWhatIsNotASoundCounterpartStoreOfThisVersionOrOlder() throws Exception {
        Path good;
        try (DemoFixture store = demo(dir)) {
            good = new Backups(dir, clock).path(new Backups(dir, clock).backUp(BackupInfo.MANUAL));
        }
        long storeSize = Files.size(dir.resolve(Database.FILE_NAME));
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "this is not a database at all, just some words in a file".repeat(100));
        assertRefused(text, "not an SQLite database");

        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("create table t (x)");
        }
        assertRefused(other, "not a Counterpart store");

        Path damaged = dir.resolve("damaged.db");
        Files.copy(good, damaged);
        damageMiddle(damaged);
        assertRefused(damaged, "damaged");

        Path truncated = dir.resolve("truncated.db");
        Files.copy(good, truncated);
        try (RandomAccessFile f = new RandomAccessFile(truncated.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertRefused(truncated, "");

        Path newer = dir.resolve("newer.db");
        Files.copy(good, newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
            c.createStatement().execute("insert into flyway_schema_history (installed_rank, version, description, type,"
                    + " script, installed_by, execution_time, success) values (999, '" + (Database.SCHEMA_VERSION + 1)
                    + "', 'future', 'SQL', 'V99__future.sql', 'x', 0, 1)");
        }
        assertRefused(newer, "newer Counterpart");

        assertRefused(dir.resolve("missing.db"), "no file");
        assertEquals(storeSize, Files.size(dir.resolve(Database.FILE_NAME)), "the store was not touched");
        assertEquals(1, new Backups(dir, clock).list().size(), "no before-restore backup for a refused restore");
        assertTrue(StoreCheck.store(dir).ok());
    }

    private void assertRefused(Path source, String why) {
        StoreException e = assertThrows(StoreException.class, () -> new Backups(dir, clock).restore(source));
        assertTrue(e.getMessage().startsWith("Not restoring"), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void aDamagedStoreIsDetectedAndMovedAsideWhenABackupReplacesIt() throws Exception {
        Path backupFile;
        long lines;
        try (DemoFixture store = demo(dir)) {
            lines = store.sales.saleLineCount();
            backupFile = new Backups(dir, clock).path(new Backups(dir, clock).backUp(BackupInfo.DAILY));
        }
        Path live = dir.resolve(Database.FILE_NAME);
        byte[] before = damageMiddle(live);
        StoreCheck.Verdict verdict = StoreCheck.store(dir);
        assertFalse(verdict.ok());
        assertTrue(verdict.problem().contains("damaged"), verdict.problem());

        Backups.Restored r = new Backups(dir, clock).restore(backupFile);
        assertTrue(r.previousWasDamaged());
        assertEquals(dir.resolve("damaged"), r.previousKeptAs().getParent());
        assertEquals(Files.size(backupFile), Files.size(live));
        byte[] kept = Files.readAllBytes(r.previousKeptAs());
        assertNotNull(before);
        assertEquals(before.length, kept.length, "the damaged file is moved aside as it was, not deleted");
        try (DemoFixture reopened = new DemoFixture(dir, clock)) {
            assertEquals(lines, reopened.sales.saleLineCount());
        }
    }

    @Test
    void truncatedAndForeignStoresAreDetected() throws Exception {
        demo(dir).close();
        Path live = dir.resolve(Database.FILE_NAME);
        try (RandomAccessFile f = new RandomAccessFile(live.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        assertFalse(StoreCheck.store(dir).ok(), "truncated");
        Files.writeString(live, "hello");
        assertTrue(StoreCheck.store(dir).problem().contains("not an SQLite database"));
    }

    /** Every table's rows as text, sorted. */
    static Map<String, List<String>> rows(Path file) throws Exception {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> tables = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> rows = new java.util.ArrayList<>();
                try (var rs = c.createStatement().executeQuery("select * from \"" + table + "\" order by 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                java.util.Collections.sort(rows);
                out.put(table, rows);
            }
        }
        return out;
    }

    /** Overwrites 64 kB in the middle of the file with a pattern; returns the file as it is afterwards. */
    static byte[] damageMiddle(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = f.length() / 2;
            f.seek(middle - middle % 4096);
            byte[] junk = new byte[65536];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.write(junk);
        }
        return Files.readAllBytes(file);
    }

    /** A store migrated up to the version before this build's, as the previous release left it. */
    static void olderStore(Path file) {
        org.flywaydb.core.Flyway.configure(Database.class.getClassLoader())
                .dataSource(Database.dataSource(file, true)).locations("classpath:db/migration")
                .target(String.valueOf(Database.SCHEMA_VERSION - 1)).load().migrate();
    }
}
