package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.backup.BackupInfo;
import app.counterpart.store.Backups;
import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.TestSales;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An old version's data file opens in this version with everything intact. The file and its reports were
 * made by the jar of commit bad452d (schema V12), see src/test/resources/upgrade/README.md.
 */
class UpgradeTest {

    @TempDir
    Path dir;

    private static String resource(String name) throws Exception {
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/upgrade/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery(
                "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Every table's row count and a digest of its rows in a fixed order. */
    private static Map<String, String> contents(Path file, List<String> only) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String table : only == null ? tables(c) : only) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (var rs = c.createStatement().executeQuery("select * from \"" + table + "\" order by 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= columns; i++) {
                            sha.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
                out.put(table, rows + " " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return out;
    }

    @Test
    void aVersion12StoreOpensWithEverythingIntactAndBackedUp() throws Exception {
        Files.createDirectories(dir);
        Path store = dir.resolve(Database.FILE_NAME);
        try (InputStream in = new GZIPInputStream(UpgradeTest.class.getResourceAsStream("/upgrade/counterpart-v12.db.gz"))) {
            Files.copy(in, store);
        }
        Map<String, String> before = contents(store, null);
        assertTrue(before.get("sale").split(" ")[0].equals("1151"), before.get("sale"));
        String d = dir.toString();

        // Today's build opens (and migrates) it through the command line and reports what the old one did.
        CounterpartCli.Run byDay = CounterpartCli.run("--data-dir", d, "report", "--by", "day", "--from", "2026-10-01",
                "--to", "2026-11-30", "--format", "json");
        assertEquals(0, byDay.exit(), byDay.err());
        assertEquals(resource("report-by-day-v12.json"), byDay.out());
        CounterpartCli.Run byCategory = CounterpartCli.run("--data-dir", d, "report", "--by", "category", "--from",
                "2026-10-01", "--to", "2026-11-30", "--format", "csv");
        assertEquals(resource("report-by-category-v12.csv"), byCategory.out());

        List<BackupInfo> backups = new Backups(dir, Clock.systemDefaultZone()).list();
        assertEquals(1, backups.size());
        assertEquals(BackupInfo.beforeMigration(Database.SCHEMA_VERSION), backups.get(0).reason());
        Path backup = dir.resolve("backups").resolve(backups.get(0).file());
        assertEquals(before, contents(backup, null), "the backup holds the old store's every row");

        List<String> oldTables = new ArrayList<>(before.keySet());
        oldTables.remove("flyway_schema_history");
        Map<String, String> after = contents(store, oldTables);
        for (String table : oldTables) {
            assertEquals(before.get(table).split(" ")[0], after.get(table).split(" ")[0], table + " rows");
        }

        try (DemoFixture opened = new DemoFixture(dir, Clock.systemUTC())) {
            long lines = opened.sales.saleLineCount();
            opened.sales.commit(List.of(new TestSales(opened).sale(Map.of(opened.catalog.products().get(0), 2),
                    Instant.parse("2026-11-20T06:00:00Z"))));
            assertEquals(lines + 1, opened.sales.saleLineCount());
        }
        CounterpartCli.Run check = CounterpartCli.run("--data-dir", d, "check");
        assertEquals(0, check.exit(), check.err());
        assertEquals(1, new Backups(dir, Clock.systemDefaultZone()).list().size(), "no second migration backup");
    }
}
