package app.counterpart.ui.sell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.Till;
import app.counterpart.core.sell.ZReport;
import app.counterpart.store.report.RollupCheck;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cashier's whole shift with the keyboard only, on a real store: sign in, open the shift, ring
 * up three items with a customer, split the payment, refund one line, close the shift; then the
 * store and the Z report are checked.
 */
@ExtendWith(ApplicationExtension.class)
class SellFlowTest {

    /** 14:00 in Shanghai, the day after three days of demo history. */
    static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");
    static final String MEMBER_PHONE = "19935111210";

    @TempDir
    Path dir;
    DemoFixture store;
    ExecutorService pool;
    SellViewModel model;
    final List<Sale> receipts = new CopyOnWriteArrayList<>();
    final AtomicReference<ZReport> zReport = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(NOW);
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 3);
        pool = Executors.newFixedThreadPool(2);
        UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, new EventBus(e -> { throw e; }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, clock);
        Till till = new Till(store.till, store.customers, ui.events(), IdGenerator.secure(clock), clock,
                store.shops.shop().orElseThrow(), store.shops.localDevice().orElseThrow());
        model = new SellViewModel(till, store.catalog::products, () -> List.of(), store.staff::staff, ui);
        SellView view = new SellView(model, new SellDialogs.Receipts() {
            @Override
            public void showReceipt(Sale sale, Window owner) {
                receipts.add(sale);
            }

            @Override
            public void showZReport(ZReport report, Window owner) {
                zReport.set(report);
            }
        });
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        store.close();
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; the till says: "
                    + model.messageProperty().get() + "; focus: " + Window.getWindows().stream()
                    .map(w -> w.getScene() == null ? null : w.getScene().getFocusOwner()).toList(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean focused(FxRobot robot, String id) {
        // The focus owner of its window: under the headless platform a dialog's window may not report focus.
        return robot.lookup(id).tryQuery().map(n -> n.getScene() != null && n.getScene().getFocusOwner() == n)
                .orElse(false);
    }

    /** Types into the window on top (a form, or else the till), as a keyboard would. */
    private static void write(FxRobot robot, String text) {
        List<Window> windows = Window.getWindows();
        robot.targetWindow(windows.get(windows.size() - 1));
        robot.write(text);
    }

    private static void enter(FxRobot robot, String text) {
        write(robot, text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aShiftAtTheTillWithTheKeyboardOnly(FxRobot robot) throws Exception {
        waitFor("the till to load", () -> model.readyProperty().get());
        List<Product> products = store.catalog.products().stream().filter(Product::active)
                .filter(p -> !p.barcodes().isEmpty()).toList();
        Product first = products.get(0);
        Product second = products.get(5);
        Product third = products.get(10);

        // Sign in as the first cashier (S03): F2, two down from the owner, PIN, Enter.
        robot.type(KeyCode.F2);
        waitFor("the sign-in form", () -> focused(robot, "#pin-field"));
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        enter(robot, "3481");
        waitFor("the cashier", () -> model.cashierProperty().get() != null);
        assertEquals("S03", model.cashierProperty().get().code());

        // Open the shift with a float of 500.
        robot.type(KeyCode.F11);
        waitFor("the float form", () -> focused(robot, "#float-field"));
        enter(robot, "500");
        waitFor("the shift", () -> model.shiftProperty().get() != null);

        // A scanned barcode, two of a SKU, and one found by name.
        enter(robot, first.barcodes().get(0));
        enter(robot, "2*" + second.sku());
        write(robot, third.name());
        waitFor("suggestions", () -> !model.suggestions().isEmpty());
        robot.type(KeyCode.ENTER);
        waitFor("three lines", () -> model.lines().size() == 3);
        // A wrong barcode is refused and the cart stays as it was.
        enter(robot, "9999999999999");
        assertTrue(model.messageIsErrorProperty().get());
        assertEquals(3, model.lines().size());
        robot.type(KeyCode.ESCAPE);

        // The customer by phone.
        robot.type(KeyCode.F4);
        waitFor("the customer form", () -> focused(robot, "#customer-phone"));
        enter(robot, MEMBER_PHONE);
        waitFor("the customer", () -> model.cartProperty().get().customer() != null);

        // Split: 20.00 by card (F2 in the payment form), the rest in cash with 100.00 handed over.
        long due = model.dueMinor();
        assertTrue(due > 2000 && due < 10000, "the test needs a total between 20 and 100, was " + due);
        robot.type(KeyCode.F12);
        waitFor("the payment form", () -> focused(robot, "#pay-amount"));
        write(robot, "20");
        robot.type(KeyCode.F2);
        waitFor("the card payment", () -> model.cartProperty().get().tenders().size() == 1);
        enter(robot, "100");
        waitFor("the sale", () -> receipts.size() == 1);
        Sale sale = receipts.get(0);

        // Refund one of the two: F10, the last sale's number is offered, Enter; + on the second line; Enter.
        robot.type(KeyCode.F10);
        waitFor("the refund form", () -> focused(robot, "#refund-number"));
        robot.type(KeyCode.ENTER);
        waitFor("the sale's lines", () -> focused(robot, "#refund-table"));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ADD);
        robot.type(KeyCode.ENTER);
        waitFor("the refund", () -> receipts.size() == 2);
        Sale refund = receipts.get(1);

        // Close the shift: F11, C, the counted cash.
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.C);
        waitFor("the count form", () -> focused(robot, "#counted-field"));
        enter(robot, "550");
        waitFor("the Z report", () -> zReport.get() != null);

        // The sale as stored.
        Sale stored = store.till.findSale(sale.number()).orElseThrow();
        assertEquals(3, stored.lines().size());
        assertEquals(4, stored.itemCount());
        assertEquals(store.customers.byPhone(MEMBER_PHONE).orElseThrow().id(), stored.customerId());
        assertEquals(model.cashierProperty().get().id(), stored.cashierId());
        assertEquals(List.of(Tender.CARD, Tender.CASH), stored.payments().stream().map(Payment::tender).toList());
        Payment cash = stored.payments().get(1);
        assertEquals(10_000, cash.tenderedMinor());
        assertEquals(10_000 - (due - 2000), cash.changeMinor());
        assertEquals(due, stored.payments().stream().mapToLong(Payment::amountMinor).sum());

        // The refund: one of the second line, a new record pointing at the sale.
        Sale storedRefund = store.till.findSale(refund.number()).orElseThrow();
        assertEquals(SaleKind.REFUND, storedRefund.kind());
        assertEquals(sale.id(), storedRefund.originalSaleId());
        assertEquals(1, storedRefund.lines().size());
        assertEquals(stored.lines().get(1).id(), storedRefund.lines().get(0).originalLineId());
        assertEquals(-1, storedRefund.lines().get(0).quantity());

        // The Z report: float + cash kept - cash refunded, against 550 counted.
        ZReport z = zReport.get();
        long cashRefund = storedRefund.payments().stream().filter(p -> p.tender() == Tender.CASH)
                .mapToLong(Payment::amountMinor).sum();
        long expected = 50_000 + cash.amountMinor() + cashRefund;
        assertEquals(expected, z.expectedCashMinor());
        assertEquals(55_000 - expected, z.differenceMinor());
        assertEquals(1, z.tally().salesCount());
        assertEquals(1, z.tally().refundCount());
        assertEquals(2000, z.tally().tendered(Tender.CARD));
        assertFalse(z.shift().isOpen());
        assertNotNull(store.till.shift(z.shift().id()).orElseThrow().closedAt());
        assertTrue(store.till.openDraft().isEmpty(), "no draft is left once the sale is paid");
        assertEquals(List.of(), new RollupCheck(store.db).verify());
    }
}
