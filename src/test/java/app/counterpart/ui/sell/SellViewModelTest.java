package app.counterpart.ui.sell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.sell.Till;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The till's view model over a real store, with background work run in place. */
class SellViewModelTest {

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    EventBus events;
    List<SalesCommitted> committed = new ArrayList<>();
    SellViewModel model;
    Staff cashier;
    Product product;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 2);
        events = new EventBus(e -> { throw e; });
        events.subscribe(SalesCommitted.class, committed::add);
        model = newModel();
        cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        product = store.catalog.products().stream().filter(p -> p.active() && !p.barcodes().isEmpty()).findFirst()
                .orElseThrow();
        model.signIn(cashier, "3481", () -> { });
        model.openShift("100", () -> { });
    }

    private SellViewModel newModel() {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, events, new I18n(I18n.ENGLISH),
                Theme.LIGHT, clock);
        Till till = new Till(store.till, store.customers, events, IdGenerator.secure(clock), clock,
                store.shops.shop().orElseThrow(), store.shops.localDevice().orElseThrow());
        SellViewModel m = new SellViewModel(till, store.catalog::products, List::of, store.staff::staff,
                store.timeline::latest, ui);
        m.load();
        return m;
    }

    @Test
    void anAttachedCustomerShowsTheirLatestNoteAndNothingWithoutOne() {
        var customers = store.customers.customers().stream().filter(c -> c.phone() != null).toList();
        var noted = customers.get(0);
        var plain = customers.stream().filter(c -> store.timeline.entries(c.id()).isEmpty()).findFirst().orElseThrow();
        Staff manager = store.staff.staff().stream().filter(s -> s.role() == Role.MANAGER).findFirst().orElseThrow();
        new app.counterpart.core.customers.timeline.ServiceTimeline(store.timeline, IdGenerator.secure(clock), clock)
                .add(noted.id(), manager.id(), app.counterpart.core.customers.timeline.ServiceKind.COMPLAINT,
                        "Milk tea too sweet last time\nOffered a free upgrade");

        model.findCustomer(noted.phone(), () -> { }, phone -> { });

        String note = model.customerNoteProperty().get();
        assertTrue(note.startsWith("Complaint · " + manager.name() + " · "), note);
        assertTrue(note.endsWith(": Milk tea too sweet last time"), note);
        assertTrue(model.customerTextProperty().get().startsWith(noted.name()));

        model.findCustomer(plain.phone(), () -> { }, phone -> { });
        assertEquals("", model.customerNoteProperty().get());
        model.detachCustomer();
        assertEquals("", model.customerNoteProperty().get());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void signsInWithTheRightPinOnly() {
        assertEquals(cashier, model.cashierProperty().get());
        SellViewModel other = newModel();
        other.signIn(cashier, "0000", () -> { });
        assertEquals(null, other.cashierProperty().get());
        assertEquals("Wrong PIN. 4 tries left.", other.messageProperty().get());
    }

    @Test
    void anUnknownBarcodeSaysSoAndLeavesTheCartAlone() {
        assertTrue(model.enter(product.barcodes().get(0)));
        Cart before = model.cartProperty().get();
        assertFalse(model.enter("6900000000000"));
        assertEquals("No product has the code 6900000000000.", model.messageProperty().get());
        assertTrue(model.messageIsErrorProperty().get());
        assertEquals(before, model.cartProperty().get());
    }

    @Test
    void absurdQuantitiesAreRefused() {
        model.enter(product.sku());
        String line = model.lines().get(0).lineId();
        assertFalse(model.setQuantity(line, "0"));
        assertFalse(model.setQuantity(line, "-3"));
        assertFalse(model.setQuantity(line, "100000"));
        assertFalse(model.setQuantity(line, "two"));
        assertEquals(1, model.lines().get(0).quantity());
        assertFalse(model.enter("99999*" + product.sku()));
        assertEquals(1, model.lines().get(0).quantity());
    }

    @Test
    void everyChangeIsSavedSoANewTillGetsTheCartBack() {
        model.enter(product.sku());
        model.enter("3*" + product.sku());
        SellViewModel restarted = newModel();
        assertEquals(model.cartProperty().get().id(), restarted.cartProperty().get().id());
        assertEquals(4, restarted.lines().get(0).quantity());
        assertEquals("The cart that was open when the till stopped is back.", restarted.messageProperty().get());
    }

    @Test
    void aShortPaymentStoresNothingAndTheRestCompletesTheSale() {
        model.enter(product.sku());
        long due = model.dueMinor();
        List<Sale> sales = new ArrayList<>();
        assertTrue(model.tender(Tender.CARD, "1", sales::add));
        assertTrue(sales.isEmpty());
        assertEquals(1, model.cartProperty().get().tenders().size());
        assertFalse(model.tender(Tender.CARD, Long.toString(due), sales::add), "card may not exceed what is due");
        assertTrue(model.tender(Tender.CASH, "", sales::add));
        assertEquals(1, sales.size());
        assertEquals(due, sales.get(0).totalMinor());
        assertTrue(model.cartProperty().get().isEmpty(), "a new cart follows the sale");
        assertEquals(1, committed.size(), "the dashboard hears about the sale");
    }

    @Test
    void aLockedStoreKeepsTheCartAndTheSaleGoesThroughAfterwards() throws Exception {
        model.enter(product.sku());
        Cart cart = model.cartProperty().get();
        List<Sale> sales = new ArrayList<>();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.db.file());
                Statement st = other.createStatement()) {
            // Another program holds the write lock for longer than the store waits.
            st.execute("BEGIN EXCLUSIVE");
            model.tender(Tender.CASH, "", sales::add);
            assertTrue(sales.isEmpty());
            assertTrue(model.messageProperty().get().contains("busy"), model.messageProperty().get());
            assertEquals(cart.id(), model.cartProperty().get().id());
            assertFalse(model.payingProperty().get());
            st.execute("ROLLBACK");
        }
        model.pay(sales::add);
        assertEquals(1, sales.size());
        assertEquals(cart.id(), sales.get(0).id());
    }
}
