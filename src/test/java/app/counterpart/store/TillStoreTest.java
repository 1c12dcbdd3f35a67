package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.sell.CartCustomer;
import app.counterpart.core.sell.PricedCart;
import app.counterpart.core.sell.SellException;
import app.counterpart.core.sell.TenderEntry;
import app.counterpart.core.sell.Tendering;
import app.counterpart.core.sell.Till;
import app.counterpart.core.sell.ZReport;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The till's use cases over a real SQLite store holding a few days of demo history. */
class TillStoreTest {

    static final LocalDate LAST_DEMO_DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    Till till;
    Staff cashier;
    Staff manager;
    List<Product> products;

    @BeforeEach
    void open() {
        // 10:00 in Shanghai on the day after the demo history ends.
        clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LAST_DEMO_DAY, 3);
        var shop = store.shops.shop().orElseThrow();
        till = new Till(store.till, store.customers, new EventBus(e -> { throw e; }), IdGenerator.secure(clock),
                clock, shop, store.shops.localDevice().orElseThrow());
        cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        manager = store.staff.staff().stream().filter(s -> s.role() == Role.MANAGER).findFirst().orElseThrow();
        products = store.catalog.products().stream().filter(Product::active).toList();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Two of one product and one each of two others; line ids are the cart's id plus a, b, c. */
    private Cart threeItems() {
        Cart cart = till.newCart(cashier.id());
        return cart.add(products.get(0), 2, cart.id() + "a").add(products.get(1), 1, cart.id() + "b")
                .add(products.get(2), 1, cart.id() + "c");
    }

    private Cart paidInCash(Cart cart) {
        long due = PricedCart.of(cart, true).dueMinor();
        return cart.withTenders(Tendering.add(List.of(), new TenderEntry(Tender.CASH, due), due, null));
    }

    @Test
    void aPaidCartBecomesOneNumberedSaleAndItsDraftGoes() {
        till.openShift(cashier, 50_000);
        Cart cart = paidInCash(threeItems());
        till.saveDraft(cart);
        assertTrue(store.till.openDraft().isPresent());

        Sale sale = till.pay(cart, cashier);
        Sale again = till.pay(cart, cashier);

        assertEquals("T1-20261127-0001", sale.number());
        assertEquals(sale.id(), again.id());
        assertEquals(sale.number(), again.number());
        int rows = store.db.read(ctx -> ctx.fetchCount(org.jooq.impl.DSL.table("sale"),
                org.jooq.impl.DSL.field("id").eq(cart.id())));
        assertEquals(1, rows);
        assertTrue(store.till.openDraft().isEmpty());
        assertEquals(4, sale.itemCount());
        assertEquals("T1-20261127-0002", till.pay(paidInCash(threeItems()), cashier).number());
    }

    @Test
    void numbersGoOnPastTenThousandInADay() {
        till.openShift(cashier, 0);
        Sale first = till.pay(paidInCash(threeItems()), cashier);
        // A busy day: the 9,999th sale of the day is already stored.
        Sale busy = till.pay(paidInCash(threeItems()), cashier);
        Sale copy = new Sale(IdGenerator.secure(clock).next(), "T1-20261127-9999", SaleKind.SALE, null,
                busy.deviceId(), busy.shiftId(), busy.cashierId(), busy.servedById(), null, busy.createdAt(),
                busy.businessDay(), busy.hour(), busy.currency(), 0, 0, 0, 0, 0, 0, List.of(), List.of());
        store.sales.commit(List.of(copy));

        assertEquals("T1-20261127-0001", first.number());
        assertEquals("T1-20261127-10000", till.pay(paidInCash(threeItems()), cashier).number());
        assertEquals("T1-20261127-10001", till.pay(paidInCash(threeItems()), cashier).number());
    }

    @Test
    void aFreeSaleNeedsNoPayment() {
        till.openShift(cashier, 0);
        Cart items = threeItems();
        Cart free = items.discountCart(items.linesNetMinor(), Role.OWNER);
        Sale sale = till.pay(free, cashier);
        assertEquals(0, sale.totalMinor());
        assertEquals(List.of(), store.till.findSale(sale.number()).orElseThrow().payments());
    }

    @Test
    void aDraftComesBackWithItsCustomerAndTenders() {
        CartCustomer member = till.createCustomer("Zhao Min", "138 0013 8000");
        Cart items = threeItems();
        Cart cart = items.withCustomer(member).discountLine(items.id() + "b", 100, Role.CASHIER)
                .withTenders(List.of(new TenderEntry(Tender.CARD, 1000)));
        till.saveDraft(cart);

        Cart back = till.restoreCart(cashier.id());

        assertEquals(cart.id(), back.id());
        assertEquals(cart.lines(), back.lines());
        assertEquals(cart.tenders(), back.tenders());
        assertEquals("13800138000", back.customer().phone());
    }

    @Test
    void parkingAndResumingKeepsBothCarts() {
        Cart first = threeItems();
        till.saveDraft(first);
        till.park(first);
        Cart second = till.newCart(cashier.id()).add(products.get(3), 1, "x-line");
        till.saveDraft(second);

        Cart resumed = till.resume(first.id(), second);

        assertEquals(first.lines(), resumed.lines());
        assertEquals(1, till.parkedCarts().size());
        assertEquals(second.id(), till.parkedCarts().get(0).id());
        assertEquals(first.id(), store.till.openDraft().orElseThrow().id());
    }

    @Test
    void sellingNeedsAnOpenShift() {
        assertEquals(SellException.Problem.NO_OPEN_SHIFT,
                assertThrows(SellException.class, () -> till.pay(paidInCash(threeItems()), cashier)).problem());
        till.openShift(cashier, 0);
        assertEquals(SellException.Problem.SHIFT_ALREADY_OPEN,
                assertThrows(SellException.class, () -> till.openShift(manager, 0)).problem());
    }

    @Test
    void aPartialRefundReturnsStockAndMoneyOnTheOriginalTender() {
        till.openShift(cashier, 0);
        Cart cart = threeItems();
        long due = PricedCart.of(cart, true).dueMinor();
        cart = cart.withTenders(List.of(new TenderEntry(Tender.CARD, due)));
        Sale sale = till.pay(cart, cashier);
        SaleLine teaLine = sale.lines().get(0);
        long onHandBefore = onHand(teaLine.productId());

        Sale refund = till.refund(sale, Map.of(teaLine.id(), 1), false, cashier);

        assertEquals(SaleKind.REFUND, refund.kind());
        assertEquals(sale.id(), refund.originalSaleId());
        assertEquals(-teaLine.totalMinor() / 2, refund.totalMinor());
        assertEquals(List.of(Tender.CARD), refund.payments().stream().map(Payment::tender).toList());
        assertEquals(refund.totalMinor(), refund.payments().get(0).amountMinor());
        if (products.get(0).trackStock()) {
            assertEquals(onHandBefore + 1, onHand(teaLine.productId()));
        }
        assertEquals(Map.of(teaLine.id(), 1, sale.lines().get(1).id(), 1, sale.lines().get(2).id(), 1),
                till.refundable(sale));
        SellException over = assertThrows(SellException.class,
                () -> till.refund(sale, Map.of(teaLine.id(), 2), false, cashier));
        assertEquals(SellException.Problem.REFUND_OVER_SOLD, over.problem());
    }

    @Test
    void theDatabaseRefusesARefundBeyondWhatWasSoldEvenIfTheCodeAsksForIt() {
        till.openShift(cashier, 0);
        Sale sale = till.pay(paidInCash(threeItems()), cashier);
        Sale refund = till.refund(sale, Map.of(sale.lines().get(1).id(), 1), false, cashier);
        // The same refund lines again, under a new id: the trigger must stop the second giving-back.
        Sale copy = new Sale(IdGenerator.secure(clock).next(), null, SaleKind.REFUND, sale.id(), refund.deviceId(),
                refund.shiftId(), refund.cashierId(), refund.servedById(), null, refund.createdAt(),
                refund.businessDay(), refund.hour(), refund.currency(), refund.subtotalMinor(),
                refund.discountMinor(), refund.taxMinor(), refund.totalMinor(), refund.costMinor(),
                refund.itemCount(), List.of(new SaleLine("dup-line", 1, refund.lines().get(0).productId(),
                        refund.lines().get(0).originalLineId(), -1, refund.lines().get(0).unitPriceMinor(), 0, 0,
                        refund.lines().get(0).totalMinor(), 0)), List.of());
        assertThrows(RuntimeException.class, () -> store.till.commit(copy, "T1"));
        assertEquals(1, till.refundable(sale).values().stream().filter(q -> q == 0).count());
    }

    @Test
    void refundToStoreCreditCanBeSpentNextTime() {
        till.openShift(cashier, 0);
        CartCustomer member = till.createCustomer("Qian Li", "13900001111");
        Sale sale = till.pay(paidInCash(threeItems().withCustomer(member)), cashier);
        Sale refund = till.refund(sale, Map.of(sale.lines().get(2).id(), 1), true, cashier);
        long credit = -refund.totalMinor();
        assertEquals(credit, till.refreshCustomer(member.id()).storeCreditMinor());

        Cart next = till.newCart(cashier.id()).add(products.get(2), 1, "z-line").withCustomer(till.refreshCustomer(member.id()));
        long due = PricedCart.of(next, true).dueMinor();
        next = next.withTenders(Tendering.add(List.of(), new TenderEntry(Tender.STORE_CREDIT, Math.min(due, credit)),
                due, next.customer()));
        if (due > credit) {
            next = next.withTenders(Tendering.add(next.tenders(), new TenderEntry(Tender.CASH, due - credit), due, null));
        }
        till.pay(next, cashier);
        assertEquals(credit - Math.min(due, credit), till.refreshCustomer(member.id()).storeCreditMinor());
    }

    @Test
    void aVoidIsForTodayAndForASaleNotRefunded() {
        till.openShift(cashier, 0);
        Sale sale = till.pay(paidInCash(threeItems()), cashier);
        Sale refunded = till.pay(paidInCash(threeItems()), cashier);
        till.refund(refunded, Map.of(refunded.lines().get(0).id(), 1), false, cashier);

        Sale v = till.voidSale(sale, cashier);
        assertEquals(-sale.totalMinor(), v.totalMinor());
        assertEquals(SellException.Problem.ALREADY_REVERSED,
                assertThrows(SellException.class, () -> till.voidSale(refunded, cashier)).problem());
        Sale old = store.till.recentSales(500).stream().filter(s -> s.businessDay().equals(LAST_DEMO_DAY)
                && s.kind() == SaleKind.SALE).findFirst().orElseThrow();
        assertEquals(SellException.Problem.VOID_TOO_LATE,
                assertThrows(SellException.class, () -> till.voidSale(old, cashier)).problem());
    }

    @Test
    void closingTheShiftComparesCountedCashWithExpected() {
        till.openShift(cashier, 20_000);
        Sale cashSale = till.pay(paidInCash(threeItems()), cashier);
        Cart card = threeItems();
        long due = PricedCart.of(card, true).dueMinor();
        till.pay(card.withTenders(List.of(new TenderEntry(Tender.WECHAT, due))), cashier);
        Sale refund = till.refund(cashSale, Map.of(cashSale.lines().get(1).id(), 1), false, cashier);
        till.moveCash(manager, 5_000, "change from the bank");
        till.moveCash(manager, -30_000, "bank drop");
        clock.advance(Duration.ofHours(8));

        ZReport z = till.closeShift(cashier, 100_000);

        long expected = 20_000 + cashSale.totalMinor() + refund.totalMinor() + 5_000 - 30_000;
        assertEquals(expected, z.expectedCashMinor());
        assertEquals(100_000 - expected, z.differenceMinor());
        assertEquals(2, z.tally().salesCount());
        assertEquals(1, z.tally().refundCount());
        assertEquals(due, z.tally().tendered(Tender.WECHAT));
        assertFalse(till.currentShift().isPresent());
        assertEquals(z.expectedCashMinor(), till.zReport(z.shift().id()).orElseThrow().expectedCashMinor());
        assertEquals(SellException.Problem.REASON_REQUIRED, assertThrows(SellException.class,
                () -> till.moveCash(manager, 100, " ")).problem());
    }

    @Test
    void customersAreFoundAndCreatedByPhone() {
        assertEquals(SellException.Problem.PHONE_INVALID,
                assertThrows(SellException.class, () -> till.createCustomer("X", "12ab")).problem());
        till.createCustomer("Sun Wei", "+86 139-0000-2222");
        assertEquals("Sun Wei", till.customerByPhone("+8613900002222").orElseThrow().name());
        assertEquals(SellException.Problem.PHONE_TAKEN,
                assertThrows(SellException.class, () -> till.createCustomer("Other", "+86 13900002222")).problem());
    }

    @Test
    void demoMembersHaveStoreCreditLeft() {
        long withCredit = store.db.read(ctx -> ctx.fetchCount(ctx.select().from("store_credit")
                .groupBy(org.jooq.impl.DSL.field("customer_id"))
                .having(org.jooq.impl.DSL.sum(org.jooq.impl.DSL.field("amount_minor", Long.class)).le(java.math.BigDecimal.ZERO))));
        assertEquals(0, withCredit);
    }

    private long onHand(String productId) {
        return store.stock.onHand(productId);
    }
}
