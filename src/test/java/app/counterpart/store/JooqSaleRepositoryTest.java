package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static app.counterpart.store.jooq.Tables.PAYMENT;
import static app.counterpart.store.jooq.Tables.ROLLUP_DAY;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.sales.LinePricing;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.Tender;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqSaleRepositoryTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    @TempDir
    Path dir;
    DemoFixture store;
    IdGenerator ids;

    @BeforeEach
    void openDemoStore() {
        store = new DemoFixture(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        store.installDemo(UNTIL, 3);
        ids = IdGenerator.secure(store.clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Sale sale(String productId, long price, String number) {
        var shop = store.shops.shop().orElseThrow();
        var device = store.shops.localDevice().orElseThrow();
        var cashier = store.staff.staff().get(0);
        SaleLine line = LinePricing.price(ids.next(), 1, productId, 2, price, 0, 600, 100, true);
        Instant at = NOW;
        return new Sale(ids.next(), number, SaleKind.SALE, null, device.id(), null, cashier.id(), cashier.id(), null, at,
                shop.calendar().businessDay(at), shop.calendar().hour(at), "CNY", line.totalMinor(), 0,
                line.taxMinor(), line.totalMinor(), line.costMinor(), 2, List.of(line),
                List.of(new Payment(ids.next(), 1, Tender.CASH, line.totalMinor(), 5000L, 5000 - line.totalMinor())));
    }

    private Product anyProduct() {
        return store.catalog.products().get(0);
    }

    private int count(org.jooq.Table<?> table) {
        return store.db.read(ctx -> ctx.fetchCount(table));
    }

    @Test
    void commitWritesSaleLinesPaymentOutboxAuditAndRollupTogether() {
        int sales = count(SALE);
        int outbox = count(OUTBOX);
        int audit = count(AUDIT_LOG);
        Product p = anyProduct();
        Sale s = sale(p.id(), p.priceMinor(), "T1-TEST-1");
        LocalDate day = s.businessDay();
        long before = store.kpis.days(day, day).stream().mapToLong(DayFigures::revenueMinor).sum();

        store.sales.commit(List.of(s));

        assertEquals(sales + 1, count(SALE));
        assertEquals(outbox + 1, count(OUTBOX));
        assertEquals(audit + 1, count(AUDIT_LOG));
        assertEquals(before + s.totalMinor(), store.kpis.days(day, day).get(0).revenueMinor());
        assertEquals(1, (int) store.db.read(ctx -> ctx.fetchCount(SALE_LINE, SALE_LINE.SALE_ID.eq(s.id()))));
        assertEquals(1, (int) store.db.read(ctx -> ctx.fetchCount(PAYMENT, PAYMENT.SALE_ID.eq(s.id()))));
    }

    @Test
    void committingTheSameSaleTwiceIsRejectedAndStoresItOnce() {
        Product p = anyProduct();
        Sale s = sale(p.id(), p.priceMinor(), "T1-TEST-2");
        store.sales.commit(List.of(s));
        int sales = count(SALE);
        DayFigures rollup = store.kpis.days(s.businessDay(), s.businessDay()).get(0);

        assertThrows(StoreException.class, () -> store.sales.commit(List.of(s)));

        assertEquals(sales, count(SALE));
        assertEquals(rollup, store.kpis.days(s.businessDay(), s.businessDay()).get(0));
    }

    @Test
    void aDuplicateSaleNumberIsRejectedByTheDatabase() {
        Product p = anyProduct();
        store.sales.commit(List.of(sale(p.id(), p.priceMinor(), "T1-TEST-3")));
        assertThrows(StoreException.class,
                () -> store.sales.commit(List.of(sale(p.id(), p.priceMinor(), "T1-TEST-3"))));
    }

    @Test
    void aFailingSaleInABatchLeavesNothingOfTheBatchBehind() {
        Product p = anyProduct();
        int sales = count(SALE);
        int lines = count(SALE_LINE);
        int outbox = count(OUTBOX);
        int rollups = count(ROLLUP_DAY);
        List<DayFigures> before = store.kpis.days(UNTIL.minusDays(10), UNTIL.plusDays(10));
        Sale good = sale(p.id(), p.priceMinor(), "T1-TEST-4");
        Sale unknownProduct = sale("no-such-product", 100, "T1-TEST-5");

        assertThrows(StoreException.class, () -> store.sales.commit(List.of(good, unknownProduct)));

        assertEquals(sales, count(SALE));
        assertEquals(lines, count(SALE_LINE));
        assertEquals(outbox, count(OUTBOX));
        assertEquals(rollups, count(ROLLUP_DAY));
        assertEquals(before, store.kpis.days(UNTIL.minusDays(10), UNTIL.plusDays(10)));
    }

    @Test
    void salesCannotBeEditedOrDeleted() {
        String id = store.db.read(ctx -> ctx.select(SALE.ID).from(SALE).limit(1).fetchOne(SALE.ID));
        StoreException update = assertThrows(StoreException.class,
                () -> store.db.write(ctx -> ctx.update(SALE).set(SALE.TOTAL_MINOR, 0L).where(SALE.ID.eq(id)).execute()));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(StoreException.class,
                () -> store.db.write(ctx -> ctx.deleteFrom(SALE_LINE).where(SALE_LINE.SALE_ID.eq(id)).execute()));
    }

    @Test
    void unsyncedChangesCountEveryOutboxRow() {
        assertEquals(count(OUTBOX), store.kpis.unsyncedChanges());
        store.db.write(ctx -> ctx.deleteFrom(OUTBOX).where(OUTBOX.SEQ.le(10)).execute());
        assertEquals(count(OUTBOX), store.kpis.unsyncedChanges());
    }

    @Test
    void rollupsEqualFiguresComputedFromRawRows() {
        LocalDate from = UNTIL.minusDays(30);
        LocalDate to = UNTIL.plusDays(30);
        List<DayFigures> rollups = store.kpis.days(from, to);
        assertEquals(3, rollups.size());
        assertEquals(store.kpis.daysFromRawRows(from, to), rollups);
    }
}
