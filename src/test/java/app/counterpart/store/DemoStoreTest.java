package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.counterpart.testing.DemoFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /** Every sale, line and payment as text, in id order: equal digests mean equal data. */
    private static String digest(DemoFixture store) {
        return store.db.read(ctx -> String.join("\n",
                ctx.fetch("select * from sale order by id").formatCSV(),
                ctx.fetch("select * from sale_line order by id").formatCSV(),
                ctx.fetch("select * from payment order by id").formatCSV(),
                ctx.fetch("select * from product order by id").formatCSV(),
                ctx.fetch("select id, phone, name, referred_by from customer order by id").formatCSV(),
                ctx.fetch("select * from rollup_day order by business_day").formatCSV()));
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
    void theDemoGoesOnlyIntoAnEmptyStore() {
        try (DemoFixture store = new DemoFixture(first, CLOCK)) {
            store.installDemo(UNTIL, 1);
            assertThrows(IllegalStateException.class, () -> store.installDemo(UNTIL, 1));
        }
    }
}
