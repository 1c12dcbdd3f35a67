package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.SALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migrationFromEmptyCreatesEveryTable() {
        try (Database db = Database.open(dir)) {
            List<String> tables = db.read(ctx -> ctx.fetch(
                    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
                    .getValues(0, String.class));
            assertEquals(List.of("audit_log", "badge_award", "care_rule", "care_task", "care_task_alias", "cart_draft", "cart_draft_line", "cart_draft_tender",
                    "cash_movement", "category", "customer", "customer_distinct", "customer_field_stamp", "customer_merge", "customer_segment",
                    "customer_stats", "customer_tag", "device", "entity_field_stamp", "entity_stamp", "flyway_schema_history", "hlc_state", "incentive_ledger",
                    "incentive_rule", "incentive_settings", "lifecycle_rules", "outbox", "payment", "payout", "payout_period",
                    "pin_lockout", "product", "product_barcode", "rollup_day", "rollup_hour", "rollup_product_day",
                    "rollup_staff_day", "rollup_tender_day", "sale", "sale_line", "sales_goal", "service_note", "setting", "shift",
                    "shift_tally", "shift_tender", "shop", "staff", "stage_team", "stock_level", "stock_movement",
                    "store_credit", "sync_rejected", "sync_state", "team", "team_member"),
                    tables);
            assertTrue(Files.exists(dir.resolve(Database.FILE_NAME)));
        }
    }

    @Test
    void theSchemaVersionConstantNamesTheNewestMigration() throws Exception {
        int newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElse(0);
        }
        assertEquals(newest, Database.SCHEMA_VERSION);
    }

    @Test
    void aStoreAtTheCurrentVersionReopensWithItsSchemaIntact() {
        Database.open(dir).close();
        try (Database db = Database.open(dir)) {
            assertEquals(Database.SCHEMA_VERSION, (int) db.read(ctx -> ctx.fetchValue(
                    "select max(cast(version as integer)) from flyway_schema_history", Integer.class)));
        }
    }

    @Test
    void writerRunsWithWalForeignKeysAndFullSync() {
        try (Database db = Database.open(dir)) {
            assertEquals("wal", db.write(ctx -> ctx.fetchValue("pragma journal_mode", String.class)));
            assertEquals(1, (int) db.write(ctx -> ctx.fetchValue("pragma foreign_keys", Integer.class)));
            assertEquals(2, (int) db.write(ctx -> ctx.fetchValue("pragma synchronous", Integer.class)));
        }
    }

    @Test
    void reopeningAnExistingStoreKeepsItsRows() {
        try (Database db = Database.open(dir)) {
            db.write(ctx -> ctx.execute("insert into setting(key, value) values ('k', 'v')"));
        }
        try (Database db = Database.open(dir)) {
            assertEquals("v", db.read(ctx -> ctx.fetchValue("select value from setting where key = 'k'", String.class)));
        }
    }

    @Test
    void failedWorkRollsBackEverythingItWrote() {
        try (Database db = Database.open(dir)) {
            assertThrows(StoreException.class, () -> db.write(ctx -> {
                ctx.execute("insert into setting(key, value) values ('a', '1')");
                ctx.execute("insert into setting(key, value) values ('a', '2')");
                return null;
            }));
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(ctx.selectFrom("setting"))));
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(SALE)));
        }
    }

    @Test
    void uniqueViolationExplainsWhatWasAlreadyStored() {
        try (Database db = Database.open(dir)) {
            db.write(ctx -> ctx.execute("insert into setting(key, value) values ('a', '1')"));
            StoreException e = assertThrows(StoreException.class,
                    () -> db.write(ctx -> ctx.execute("insert into setting(key, value) values ('a', '2')")));
            assertTrue(e.getMessage().startsWith("Already stored"), e.getMessage());
        }
    }

    @Test
    void openingAFileThatIsNotADatabaseFailsWithTheFileName() throws Exception {
        Files.writeString(dir.resolve(Database.FILE_NAME), "this is not sqlite ".repeat(100));
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains(Database.FILE_NAME), e.getMessage());
    }
}
