package app.counterpart.ui.staff;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sell.PinGate;
import app.counterpart.core.sell.SellException;
import app.counterpart.core.staff.PinHasher;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAdmin;
import app.counterpart.core.staff.StaffAdmin.Draft;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.store.staff.JooqPinLockouts;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner's roster changes against a real store: refused with a clear sentence, or saved and audited. */
class StaffViewModelTest {

    @TempDir
    Path dir;
    DemoFixture store;
    MutableClock clock;
    StaffViewModel model;
    AtomicReference<Staff> signedIn = new AtomicReference<>();
    Staff owner;
    Staff manager;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 1);
        owner = person(Role.OWNER);
        manager = person(Role.MANAGER);
        signedIn.set(owner);
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { throw e; }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, clock);
        StaffAdmin admin = new StaffAdmin(store.staff, new PinHasher(1_000, new Random(7)), IdGenerator.secure(clock));
        model = new StaffViewModel(store.staff, admin, signedIn::get, ui);
        model.staff().load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Staff person(Role role) {
        return store.staff.staff().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    Staff byCode(String code) {
        return store.staff.staff().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    int audits(String action) {
        return store.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action)));
    }

    static Draft draft(String code, String name, Role role, StaffKind kind) {
        return new Draft(code, name, "李娜", role, kind, "13800000000", LocalDate.of(2026, 11, 1));
    }

    @Test
    void anAddedPersonIsSavedWithAHashedPinAuditedAndListed() {
        AtomicBoolean done = new AtomicBoolean();

        model.add(draft(" s09 ", "Li Na", Role.CASHIER, StaffKind.EMPLOYEE), "482913", "482913", () -> done.set(true));

        assertThat(done).isTrue();
        Staff added = byCode("S09");
        assertThat(added.name()).isEqualTo("Li Na");
        assertThat(added.active()).isTrue();
        assertThat(added.pinHash()).doesNotContain("482913").startsWith("pbkdf2-sha256$");
        assertThat(PinHasher.matches("482913", added.pinHash())).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Added S09 Li Na.");
        assertThat(model.staff().items()).anyMatch(r -> r.code().equals("S09"));
        assertThat(store.db.<String>read(ctx -> ctx.select(AUDIT_LOG.STAFF_ID).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("staff.add")).fetchOne(AUDIT_LOG.STAFF_ID))).isEqualTo(owner.id());
    }

    @Test
    void refusalsSayWhyAndSaveNothing() {
        int before = store.staff.staff().size();
        String taken = owner.code();

        model.add(draft(taken, "Li Na", Role.CASHIER, StaffKind.EMPLOYEE), "1234", "1234", () -> { });
        assertThat(model.messageProperty().get()).isEqualTo("Code " + taken + " is already " + owner.name() + "'s.");
        model.add(draft("S09", "  ", Role.CASHIER, StaffKind.EMPLOYEE), "1234", "1234", () -> { });
        assertThat(model.messageProperty().get()).isEqualTo("Give the person a name.");
        model.add(draft("S09", "Li Na", Role.CASHIER, StaffKind.PARTNER), "1234", "1234", () -> { });
        assertThat(model.messageProperty().get()).startsWith("Li Na is an outside partner: partners may serve");
        model.add(draft("S09", "Li Na", Role.CASHIER, StaffKind.EMPLOYEE), "12a4", "12a4", () -> { });
        assertThat(model.messageProperty().get()).isEqualTo("A PIN is 4 to 8 digits.");
        model.add(draft("S09", "Li Na", Role.CASHIER, StaffKind.EMPLOYEE), "1234", "1243", () -> { });
        assertThat(model.messageProperty().get()).isEqualTo("The two PINs differ: type the same PIN twice.");

        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(store.staff.staff()).hasSize(before);
        assertThat(audits("staff.add")).isZero();
    }

    @Test
    void theLastActiveOwnerCanBeNeitherDemotedNorDeactivated() {
        model.edit(owner, new Draft(owner.code(), owner.name(), owner.nameZh(), Role.MANAGER, owner.kind(),
                owner.phone(), owner.hiredOn()), () -> { });
        assertThat(model.messageProperty().get())
                .isEqualTo(owner.name() + " is the last active owner: make someone else owner first.");

        model.toggleActive(owner, () -> { });
        assertThat(model.messageProperty().get()).startsWith(owner.name() + " is the last active owner");
        assertThat(byCode(owner.code()).role()).isEqualTo(Role.OWNER);
        assertThat(byCode(owner.code()).active()).isTrue();

        model.edit(manager, new Draft(manager.code(), manager.name(), manager.nameZh(), Role.OWNER, manager.kind(),
                manager.phone(), manager.hiredOn()), () -> { });
        model.toggleActive(owner, () -> { });
        assertThat(byCode(owner.code()).active()).isFalse();
        assertThat(audits("staff.deactivate")).isEqualTo(1);
    }

    @Test
    void aDeactivatedPersonStaysOnTheRosterAndComesBack() {
        Staff cashier = person(Role.CASHIER);

        model.toggleActive(cashier, () -> { });
        assertThat(model.messageProperty().get()).startsWith("Deactivated " + cashier.code());
        assertThat(byCode(cashier.code()).active()).isFalse();
        model.toggleActive(byCode(cashier.code()), () -> { });

        assertThat(byCode(cashier.code()).active()).isTrue();
        assertThat(audits("staff.deactivate")).isEqualTo(1);
        assertThat(audits("staff.reactivate")).isEqualTo(1);
    }

    @Test
    void anEditIsAuditedWithWhatChangedAndANewPinReplacesTheOld() {
        Staff cashier = person(Role.CASHIER);

        model.edit(cashier, new Draft(cashier.code(), "Zhou Yu", cashier.nameZh(), Role.MANAGER, cashier.kind(),
                cashier.phone(), cashier.hiredOn()), () -> { });
        model.resetPin(byCode(cashier.code()), "97531", "97531", () -> { });

        Staff after = byCode(cashier.code());
        assertThat(after.role()).isEqualTo(Role.MANAGER);
        assertThat(PinHasher.matches("97531", after.pinHash())).isTrue();
        assertThat(store.db.<String>read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("staff.edit")).fetchOne(AUDIT_LOG.DETAIL)))
                .contains("name: " + cashier.name() + " → Zhou Yu").contains("role: cashier → manager");
        assertThat(store.db.<String>read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("staff.pin.reset")).fetchOne(AUDIT_LOG.DETAIL))).doesNotContain("97531");
    }

    @Test
    void onlyTheOwnerChangesTheRoster() {
        signedIn.set(manager);
        assertThat(model.mayEdit()).isFalse();

        model.add(draft("S09", "Li Na", Role.CASHIER, StaffKind.EMPLOYEE), "1234", "1234", () -> { });

        assertThat(model.messageProperty().get()).isEqualTo("Only the owner changes the roster.");
        signedIn.set(null);
        model.toggleActive(person(Role.CASHIER), () -> { });
        assertThat(model.messageProperty().get()).isEqualTo("Only the owner changes the roster.");
        assertThat(audits("staff.add") + audits("staff.deactivate")).isZero();
    }

    @Test
    void aLockoutOutlivesARestartAndIsAudited() {
        Staff cashier = person(Role.CASHIER);
        PinGate gate = new PinGate(clock, new JooqPinLockouts(store.db, IdGenerator.secure(clock), clock));
        for (int i = 0; i < PinGate.MAX_FAILURES; i++) {
            try {
                gate.check(cashier, "0000");
            } catch (SellException expected) {
                // counted
            }
        }

        PinGate afterRestart = new PinGate(clock, new JooqPinLockouts(store.db, IdGenerator.secure(clock), clock));
        clock.advance(java.time.Duration.ofSeconds(90));
        SellException refused = org.junit.jupiter.api.Assertions.assertThrows(SellException.class,
                () -> afterRestart.check(cashier, "3481"));

        assertThat(refused.problem()).isEqualTo(SellException.Problem.PIN_LOCKED);
        assertThat(new I18n(I18n.ENGLISH).format(refused.problem().key(), refused.args().toArray()))
                .isEqualTo("Too many wrong PINs for " + cashier.name() + ": try again in 4 min.");
        assertThat(audits("pin.locked")).isEqualTo(1);
    }
}
