package app.counterpart.store.report;

import static app.counterpart.store.jooq.Tables.ROLLUP_PRODUCT_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.report.Dimension;
import app.counterpart.core.report.ReportRow;
import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupCheckTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void rollupsOfTheDemoHistoryMatchTheRawRows() {
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            store.installDemo(UNTIL, 30);
            assertEquals(List.of(), new RollupCheck(store.db).verify());
        }
    }

    @Test
    void aTamperedRollupIsFoundAndARebuildRepairsIt() {
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            store.installDemo(UNTIL, 5);
            store.db.write(ctx -> ctx.update(ROLLUP_PRODUCT_DAY)
                    .set(ROLLUP_PRODUCT_DAY.REVENUE_MINOR, ROLLUP_PRODUCT_DAY.REVENUE_MINOR.plus(1))
                    .where(ROLLUP_PRODUCT_DAY.BUSINESS_DAY.eq(UNTIL.toString())).limit(1).execute());
            store.db.write(ctx -> ctx.execute("delete from rollup_tender_day where tender = 'cash'"));
            RollupCheck check = new RollupCheck(store.db);

            List<RollupCheck.Difference> found = check.verify();

            assertTrue(found.stream().anyMatch(d -> d.table().equals("rollup_product_day")), found.toString());
            assertTrue(found.stream().anyMatch(d -> d.table().equals("rollup_tender_day") && d.stored().equals("no row")),
                    found.toString());
            check.rebuild();
            assertEquals(List.of(), check.verify());
        }
    }

    @Test
    void upgradingAStoreFromVersionTwoFillsTheNewRollupsFromItsSales(@TempDir Path old) throws Exception {
        List<ReportRow> expected;
        try (DemoFixture current = new DemoFixture(dir, Clock.systemUTC())) {
            current.installDemo(UNTIL, 20);
            expected = new JooqReportRepository(current.db).report(Dimension.PRODUCT, UNTIL.minusDays(30), UNTIL, false);
        }
        String oldUrl = "jdbc:sqlite:" + old.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource(oldUrl, null, null).locations("classpath:db/migration").target("2").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(oldUrl); Statement st = c.createStatement()) {
            st.execute("attach database '" + dir.resolve(Database.FILE_NAME) + "' as cur");
            // The customer columns of version 2 (later versions add the merge's columns).
            st.execute("insert into main.customer select id, phone, name, gender, birthday, referred_by, consent,"
                    + " joined_on, created_at, updated_at from cur.customer");
            for (String table : List.of("shop", "device", "staff", "category", "product", "product_barcode",
                    "customer_tag", "sale", "sale_line", "payment", "rollup_hour")) {
                st.execute("insert into main." + table + " select * from cur." + table);
            }
            st.execute("insert into main.rollup_day select business_day, sales_count, refund_count, void_count,"
                    + " revenue_minor, tax_minor, discount_minor, cost_minor, item_count from cur.rollup_day");
        }

        try (Database upgraded = Database.open(old)) {
            assertEquals(List.of(), new RollupCheck(upgraded).verify());
            assertEquals(expected,
                    new JooqReportRepository(upgraded).report(Dimension.PRODUCT, UNTIL.minusDays(30), UNTIL, false));
        }
    }
}
