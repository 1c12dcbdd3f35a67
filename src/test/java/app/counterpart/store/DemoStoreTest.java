package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.testing.DemoFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo shop as it lands in a real store: same seed and end day, same rows. */
class DemoStoreTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path first;
    @TempDir
    Path second;

    /** Every sale, line, payment and stock movement as text, in id order: equal digests mean equal data. */
    private static String digest(DemoFixture store) {
        return store.db.read(ctx -> String.join("\n",
                ctx.fetch("select * from sale order by id").formatCSV(),
                ctx.fetch("select * from sale_line order by id").formatCSV(),
                ctx.fetch("select * from payment order by id").formatCSV(),
                ctx.fetch("select * from product order by id").formatCSV(),
                ctx.fetch("select id, phone, name, referred_by from customer order by id").formatCSV(),
                ctx.fetch("select * from rollup_day order by business_day").formatCSV(),
                ctx.fetch("select * from stock_movement order by id").formatCSV(),
                ctx.fetch("select * from stock_level order by product_id").formatCSV()));
    }

    @Test
    void sameSeedAndEndDayBuildIdenticalStores() {
        try (DemoFixture a = new DemoFixture(first, CLOCK); DemoFixture b = new DemoFixture(second, CLOCK)) {
            var ra = a.installDemo(UNTIL, 10);
            var rb = b.installDemo(UNTIL, 10);
            assertEquals(ra, rb);
            assertEquals(digest(a), digest(b));
        }
    }

    @Test
    void theDemoShopHasItsCatalogCustomersAndStaff() {
        try (DemoFixture store = new DemoFixture(first, CLOCK)) {
            var result = store.installDemo(UNTIL, 2);
            assertEquals(10, store.catalog.categories().size());
            assertEquals(150, store.catalog.products().size());
            assertEquals(500, store.customers.count());
            assertEquals(8, store.staff.staff().size());
            assertEquals(result.saleLines(), store.sales.saleLineCount());
        }
    }

    @Test
    void theDemoShopsStockIsNeverNegativeAddsUpAndSomeOfItRunsLow() {
        try (DemoFixture store = new DemoFixture(first, CLOCK)) {
            store.installDemo(UNTIL, 60);
            assertEquals(List.of(), store.stock.ledgerMismatches());
            // On hand after every movement, in time order: a shelf never holds less than nothing.
            int negative = store.db.read(ctx -> ctx.fetchOne("""
                    select count(*) from (
                      select sum(quantity) over (partition by product_id order by created_at, id) as running
                      from stock_movement)
                    where running < 0""").get(0, Integer.class));
            assertEquals(0, negative);
            List<String> kinds = store.db.read(ctx -> ctx.fetch(
                    "select distinct kind from stock_movement order by kind").getValues(0, String.class));
            assertTrue(kinds.containsAll(List.of("adjustment", "count", "receiving", "refund", "sale")), kinds.toString());
            int low = store.stock.lowStock().size();
            assertTrue(low >= 1 && low <= 15, "low-stock products: " + low);
        }
    }

    @Test
    void theDemoGoesOnlyIntoAnEmptyStore() {
        try (DemoFixture store = new DemoFixture(first, CLOCK)) {
            store.installDemo(UNTIL, 1);
            assertThrows(IllegalStateException.class, () -> store.installDemo(UNTIL, 1));
        }
    }
}
