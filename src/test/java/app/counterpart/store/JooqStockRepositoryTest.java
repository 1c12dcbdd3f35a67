package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static app.counterpart.store.jooq.Tables.STOCK_LEVEL;
import static app.counterpart.store.jooq.Tables.STOCK_MOVEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.stock.LowStockItem;
import app.counterpart.core.stock.MovementKind;
import app.counterpart.core.stock.StockMovement;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.TestSales;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqStockRepositoryTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    @TempDir
    Path dir;
    DemoFixture store;
    TestSales tills;
    IdGenerator ids;

    @BeforeEach
    void openDemoStore() {
        store = new DemoFixture(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        store.installDemo(UNTIL, 2);
        tills = new TestSales(store);
        ids = IdGenerator.secure(store.clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Product product(String sku) {
        return store.catalog.products().stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
    }

    private Sale sale(Object... skuAndQuantity) {
        Map<Product, Integer> quantities = new LinkedHashMap<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            quantities.put(product((String) skuAndQuantity[i]), (Integer) skuAndQuantity[i + 1]);
        }
        return tills.sale(quantities, NOW);
    }

    private StockMovement movement(String sku, MovementKind kind, int quantity, String reason) {
        return new StockMovement(ids.next(), product(sku).id(), kind, quantity, null, null, reason, NOW);
    }

    /** The count movement that brings a product to the given on-hand figure, if it is not there already. */
    private List<StockMovement> countTo(String sku, int target) {
        int difference = target - store.stock.onHand(product(sku).id());
        return difference == 0 ? List.of() : List.of(movement(sku, MovementKind.COUNT, difference, null));
    }

    private int count(org.jooq.Table<?> table) {
        return store.db.read(ctx -> ctx.fetchCount(table));
    }

    @Test
    void theDemoLedgerEqualsOnHand() {
        assertEquals(List.of(), store.stock.ledgerMismatches());
        assertTrue(count(STOCK_MOVEMENT) > 0);
    }

    @Test
    void aSaleTakesStockAndItsRefundPutsItBack() {
        Product bun = product("BR-001");
        Product tart = product("PS-001");
        int buns = store.stock.onHand(bun.id());
        int tarts = store.stock.onHand(tart.id());
        Sale sale = sale("BR-001", 3, "PS-001", 2);

        store.sales.commit(List.of(sale));
        assertEquals(buns - 3, store.stock.onHand(bun.id()));
        assertEquals(tarts - 2, store.stock.onHand(tart.id()));

        store.sales.commit(List.of(tills.refund(sale, List.of(sale.lines().get(0)), NOW.plusSeconds(60))));
        assertEquals(buns, store.stock.onHand(bun.id()));
        assertEquals(tarts - 2, store.stock.onHand(tart.id()));

        List<StockMovement> latest = store.stock.movements(bun.id(), 2);
        assertEquals(MovementKind.REFUND, latest.get(0).kind());
        assertEquals(3, latest.get(0).quantity());
        assertEquals(MovementKind.SALE, latest.get(1).kind());
        assertEquals(-3, latest.get(1).quantity());
        assertEquals(sale.lines().get(0).id(), latest.get(1).saleLineId());
        assertEquals(sale.cashierId(), latest.get(1).staffId());
        assertEquals(List.of(), store.stock.ledgerMismatches());
    }

    @Test
    void aVoidPutsTheWholeSaleBack() {
        Product bun = product("BR-001");
        int before = store.stock.onHand(bun.id());
        Sale sale = sale("BR-001", 4);
        store.sales.commit(List.of(sale));

        store.sales.commit(List.of(tills.voidOf(sale, NOW.plusSeconds(30))));

        assertEquals(before, store.stock.onHand(bun.id()));
        StockMovement latest = store.stock.movements(bun.id(), 1).get(0);
        assertEquals(MovementKind.VOID, latest.kind());
        assertEquals(4, latest.quantity());
    }

    @Test
    void retryingACommittedSaleDoesNotMoveStockTwice() {
        Product bun = product("BR-001");
        int before = store.stock.onHand(bun.id());
        Sale sale = sale("BR-001", 2);
        store.sales.commit(List.of(sale));
        int movements = count(STOCK_MOVEMENT);

        assertThrows(StoreException.class, () -> store.sales.commit(List.of(sale)));

        assertEquals(before - 2, store.stock.onHand(bun.id()));
        assertEquals(movements, count(STOCK_MOVEMENT));
    }

    @Test
    void goodsMadeToOrderMoveNoStock() {
        Product milkTea = product("MT-001");
        int movements = count(STOCK_MOVEMENT);
        store.sales.commit(List.of(sale("MT-001", 2)));
        assertEquals(movements, count(STOCK_MOVEMENT));
        assertEquals(0, store.stock.onHand(milkTea.id()));
        assertFalse(store.stock.onHand().containsKey(milkTea.id()));
    }

    @Test
    void aFailedSaleBatchMovesNothing() {
        Map<String, Integer> before = store.stock.onHand();
        int movements = count(STOCK_MOVEMENT);
        Sale good = sale("BR-001", 2);
        Sale duplicateNumber = new Sale(ids.next(), good.number(),
                good.kind(), null, good.deviceId(), null, good.cashierId(), good.servedById(), null, NOW,
                good.businessDay(), good.hour(), good.currency(), 0, 0, 0, 0, 0, 0, List.of(), List.of());

        assertThrows(StoreException.class, () -> store.sales.commit(List.of(good, duplicateNumber)));

        assertEquals(before, store.stock.onHand());
        assertEquals(movements, count(STOCK_MOVEMENT));
    }

    @Test
    void aFailedRecordMovesNothing() {
        Map<String, Integer> before = store.stock.onHand();
        int movements = count(STOCK_MOVEMENT);
        StockMovement good = movement("BR-001", MovementKind.RECEIVING, 10, null);
        StockMovement unknownProduct =
                new StockMovement(ids.next(), "no-such-product", MovementKind.RECEIVING, 5, null, null, null, NOW);

        assertThrows(StoreException.class, () -> store.stock.record(List.of(good, unknownProduct)));

        assertEquals(before, store.stock.onHand());
        assertEquals(movements, count(STOCK_MOVEMENT));
    }

    @Test
    void saleMovementsAreBookedOnlyBySales() {
        for (MovementKind kind : List.of(MovementKind.SALE, MovementKind.REFUND, MovementKind.VOID)) {
            assertThrows(IllegalArgumentException.class,
                    () -> store.stock.record(List.of(movement("BR-001", kind, -1, null))));
        }
    }

    @Test
    void recordedMovementsAddUpAndComeBackNewestFirst() {
        Product tea = product("LT-001");
        int before = store.stock.onHand(tea.id());
        StockMovement delivery = movement("LT-001", MovementKind.RECEIVING, 12, "weekly delivery");
        StockMovement tasting = new StockMovement(ids.next(), tea.id(), MovementKind.ADJUSTMENT, -1, null, null,
                "tasting", NOW.plusSeconds(5));

        store.stock.record(List.of(delivery, tasting));

        assertEquals(before + 11, store.stock.onHand(tea.id()));
        assertEquals(before + 11, store.stock.onHand().get(tea.id()));
        assertEquals(List.of(tasting, delivery), store.stock.movements(tea.id(), 2));
        long updated = store.db.read(ctx -> ctx.select(STOCK_LEVEL.UPDATED_AT).from(STOCK_LEVEL)
                .where(STOCK_LEVEL.PRODUCT_ID.eq(tea.id())).fetchOne(STOCK_LEVEL.UPDATED_AT));
        assertEquals(NOW.plusSeconds(5).toEpochMilli(), updated);
    }

    @Test
    void adjustmentsAndCountsAreAuditedAndEveryRecordedMovementIsQueuedForHeadOffice() {
        int audit = count(AUDIT_LOG);
        int outbox = count(OUTBOX);

        store.stock.record(List.of(movement("TW-001", MovementKind.RECEIVING, 6, null),
                movement("TW-001", MovementKind.ADJUSTMENT, -1, "broken"),
                movement("TW-001", MovementKind.COUNT, -2, null)));

        assertEquals(audit + 2, count(AUDIT_LOG));
        assertEquals(outbox + 3, count(OUTBOX));
        String detail = store.db.read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("stock.adjustment")).orderBy(AUDIT_LOG.ID.desc()).limit(1)
                .fetchOne(AUDIT_LOG.DETAIL));
        assertEquals("-1 broken", detail);
    }

    @Test
    void lowStockListsTrackedActiveProductsAtOrBelowTheirThresholdFurthestBelowFirst() {
        Product snack = product("SN-009");
        Product tea = product("LT-002");
        Product cake = product("CK-013");
        // SN-009 ends 5 below its threshold, LT-002 exactly at it, a whole cake (no threshold) 3 below
        // zero, and an out-of-season gift box below its threshold.
        List<StockMovement> corrections = new ArrayList<>();
        corrections.addAll(countTo("SN-009", snack.lowStock() - 5));
        corrections.addAll(countTo("LT-002", tea.lowStock()));
        corrections.addAll(countTo("CK-013", -3));
        corrections.addAll(countTo("TR-016", 1));
        store.stock.record(corrections);

        List<LowStockItem> low = store.stock.lowStock();

        List<String> skus = low.stream().map(LowStockItem::sku).toList();
        assertTrue(skus.contains("SN-009") && skus.contains("LT-002") && skus.contains("CK-013"), skus.toString());
        assertFalse(skus.contains("TR-016"), "inactive products are not reordered");
        assertFalse(skus.contains("MT-001"), "made-to-order goods keep no stock");
        LowStockItem snackItem = low.get(skus.indexOf("SN-009"));
        assertEquals(5, snackItem.shortfall());
        assertEquals(snack.lowStock() - 5, snackItem.onHand());
        assertEquals(0, low.get(skus.indexOf("LT-002")).shortfall());
        assertEquals(-3, low.get(skus.indexOf("CK-013")).onHand());
        for (int i = 1; i < low.size(); i++) {
            assertTrue(low.get(i - 1).shortfall() >= low.get(i).shortfall(), skus.toString());
        }
    }

    @Test
    void onHandFollowsAMovementWhicheverCodeWritesIt() {
        Product bun = product("BR-001");
        int before = store.stock.onHand(bun.id());
        store.db.write(ctx -> ctx.insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.ID, ids.next())
                .set(STOCK_MOVEMENT.PRODUCT_ID, bun.id())
                .set(STOCK_MOVEMENT.KIND, MovementKind.RECEIVING.code())
                .set(STOCK_MOVEMENT.QUANTITY, 7)
                .set(STOCK_MOVEMENT.CREATED_AT, NOW.toEpochMilli())
                .execute());
        assertEquals(before + 7, store.stock.onHand(bun.id()));
        assertEquals(List.of(), store.stock.ledgerMismatches());
    }

    @Test
    void aLevelChangedBehindTheLedgersBackIsReported() {
        Product bun = product("BR-001");
        store.db.write(ctx -> ctx.update(STOCK_LEVEL).set(STOCK_LEVEL.ON_HAND, STOCK_LEVEL.ON_HAND.plus(1))
                .where(STOCK_LEVEL.PRODUCT_ID.eq(bun.id())).execute());
        assertEquals(List.of(bun.id()), store.stock.ledgerMismatches());
    }

    @Test
    void stockMovementsCannotBeEditedOrDeleted() {
        StoreException update = assertThrows(StoreException.class, () -> store.db.write(
                ctx -> ctx.update(STOCK_MOVEMENT).set(STOCK_MOVEMENT.QUANTITY, 1).execute()));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(StoreException.class, () -> store.db.write(ctx -> ctx.deleteFrom(STOCK_MOVEMENT).execute()));
    }
}
