package app.counterpart.ui.session;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sell.PinGate;
import app.counterpart.core.sell.SellException;
import app.counterpart.core.sell.Till;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAccess;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.CustomersViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in for the whole window, the shared lockout, the owner's approval, and masking that follows the person. */
class SessionViewModelTest {

    @TempDir
    static Path dir;
    static DemoFixture store;
    static Staff owner;
    static Staff manager;
    static Staff cashier;

    MutableClock clock;
    PinGate pins;
    Session session;
    SessionViewModel model;
    UiContext ui;

    @BeforeAll
    static void openDemoStore() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(LocalDate.of(2026, 11, 27), 1);
        owner = byRole(Role.OWNER);
        manager = byRole(Role.MANAGER);
        cashier = byRole(Role.CASHIER);
    }

    private static Staff byRole(Role role) {
        return store.staff.staff().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void newWindow() {
        clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        pins = new PinGate(clock);
        session = new Session();
        ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }), new I18n(I18n.ENGLISH),
                Theme.LIGHT, clock);
        model = new SessionViewModel(new StaffAccess(pins, store.till::audit), store.staff::staff, session, ui);
    }

    private static int audited(String action, String staffId) {
        return store.db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action)
                .and(AUDIT_LOG.STAFF_ID.eq(staffId))));
    }

    @Test
    void theRightPinSignsThePersonInForTheWholeWindow() {
        int before = audited("session.sign_in", manager.id());

        model.signIn(manager, "2345", () -> { });

        assertSame(manager, session.signedIn());
        assertEquals("Chen Hao · Manager", model.label().get());
        assertEquals(before + 1, audited("session.sign_in", manager.id()));
        model.signOut();
        assertNull(session.signedIn());
        assertEquals("Sign in", model.label().get());
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftAndKeepsWhoWasSignedIn() {
        model.signIn(cashier, "3481", () -> { });

        model.signIn(owner, "0000", () -> { });

        assertSame(cashier, session.signedIn());
        assertEquals("Wrong PIN. 4 tries left.", model.errorProperty().get());
    }

    @Test
    void fiveWrongPinsLockThePersonOutHereAndAtTheTill() {
        for (int i = 0; i < PinGate.MAX_FAILURES; i++) {
            model.signIn(owner, "9999", () -> { });
        }
        model.signIn(owner, "1234", () -> { });

        assertNull(session.signedIn());
        assertEquals("Too many wrong PINs for " + owner.name() + ": try again in 5 min.", model.errorProperty().get());
        Till till = new Till(store.till, store.customers, new EventBus(e -> { }), IdGenerator.secure(clock), clock,
                store.shops.shop().orElseThrow(), store.shops.localDevice().orElseThrow(), pins);
        assertEquals(SellException.Problem.PIN_LOCKED,
                assertThrows(SellException.class, () -> till.signIn(owner, "1234")).problem());
        clock.advance(PinGate.LOCKOUT.plus(Duration.ofSeconds(1)));
        model.signIn(owner, "1234", () -> { });
        assertSame(owner, session.signedIn());
    }

    @Test
    void onlyTheOwnersPinApproves() {
        session.signIn(cashier);
        List<Object> outcomes = new ArrayList<>();

        model.approveAsOwner(manager, "2345", "customers.export", outcomes::add, outcomes::add);
        model.approveAsOwner(owner, "1111", "customers.export", outcomes::add, outcomes::add);
        model.approveAsOwner(owner, "1234", "customers.export", outcomes::add, outcomes::add);

        assertEquals(new SessionViewModel.Refusal("Chen Hao may not do this at the till.", true), outcomes.get(0));
        assertEquals(new SessionViewModel.Refusal("Wrong PIN. 4 tries left.", false), outcomes.get(1));
        assertSame(owner, outcomes.get(2));
        assertTrue(model.needsOwner());
        session.signIn(owner);
        assertFalse(model.needsOwner());
    }

    @Test
    void phonesAreMaskedForNobodyAndForACashierAndShownInFullToTheOwnerAsSoonAsTheySwitch() {
        CustomersViewModel customers = new CustomersViewModel(store.customers, store.segments, ui, session.signedInProperty(),
                java.util.Currency.getInstance("CNY"), new app.counterpart.core.common.BusinessCalendar(java.time.ZoneOffset.UTC, 0));
        customers.load();
        String phone = store.customers.customers().get(0).phone();

        assertTrue(customers.phonesMasked());
        assertTrue(customers.signInToSeeProperty().get());
        assertEquals(Phones.mask(phone), customers.rows().get(0).phone());

        model.signIn(owner, "1234", () -> { });
        assertFalse(customers.phonesMasked());
        assertFalse(customers.signInToSeeProperty().get());
        assertEquals(phone, customers.rows().get(0).phone());

        model.signIn(cashier, "3481", () -> { });
        assertTrue(customers.phonesMasked());
        assertFalse(customers.signInToSeeProperty().get());
        assertEquals(Phones.mask(phone), customers.rows().get(0).phone());
    }
}
