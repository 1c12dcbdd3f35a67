package app.counterpart.ui.customers.care;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.care.Assignee;
import app.counterpart.core.customers.care.CareBoard;
import app.counterpart.core.customers.care.CareRule;
import app.counterpart.core.customers.care.CareService;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.event.CareTasksChanged;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.care.CareTasksViewModel.TaskRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The care tasks screen's view model over a real store, background work run in place. */
class CareTasksViewModelTest {

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    CareService care;
    EventBus events;
    UiContext ui;
    Staff owner;
    Staff cashier;
    final AtomicReference<String> acting = new AtomicReference<>();

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 5);
        care = new CareService(store.care, () -> LifecycleRules.DEFAULT, store.shops.shop().orElseThrow().calendar(),
                IdGenerator.secure(clock), clock);
        events = new EventBus(e -> { throw e; });
        ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, events, new I18n(I18n.ENGLISH), Theme.LIGHT,
                clock);
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        acting.set(cashier.id());
    }

    @AfterEach
    void close() {
        store.close();
    }

    CareTasksViewModel model() {
        CareTasksViewModel m = new CareTasksViewModel(care, store.staff::staff, acting::get, false, ui);
        m.load();
        return m;
    }

    /** Every rule's tasks to one person, so "mine" has something in it. */
    void everythingTo(Staff person) {
        List<CareRule> rules = care.rules().stream()
                .map(r -> new CareRule(r.id(), r.kind(), true, r.days(), Assignee.person(person.id()))).toList();
        assertThat(care.saveRules(rules, care.stageTeams(), java.util.Set.of(person.id()), owner.id())).isEmpty();
    }

    @Test
    void mineShowsOnlyMyTasksAndAllShowsEveryOne() {
        everythingTo(cashier);
        int made = care.generate();
        CareTasksViewModel model = model();
        model.scopeProperty().set(CareBoard.Scope.MINE);

        assertThat(model.rows()).hasSize(made).allSatisfy(r -> assertThat(r.task().staffId()).isEqualTo(cashier.id()));
        acting.set(owner.id());
        model.load();
        assertThat(model.rows()).isEmpty();
        model.scopeProperty().set(CareBoard.Scope.ALL);
        assertThat(model.rows()).hasSize(made);
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.phone()).contains("*"));
    }

    @Test
    void doneMovesATaskToTheDoneListAndCountsItForWhoeverDidIt() {
        everythingTo(cashier);
        care.generate();
        CareTasksViewModel model = model();
        int open = model.rows().size();
        TaskRow first = model.rows().get(0);

        model.done(first, ServiceKind.CALL, "Happy with the voucher", () -> { });

        assertThat(model.rows()).hasSize(open - 1);
        assertThat(model.messageProperty().get()).isEqualTo("Done: " + first.customer() + ".");
        model.showProperty().set(CareBoard.Show.DONE);
        assertThat(model.rows()).extracting(r -> r.task().id()).containsExactly(first.task().id());
        assertThat(model.rows().get(0).state()).startsWith("Done by " + cashier.name());
        assertThat(model.counts()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo(cashier.name());
            assertThat(c.counts().doneToday()).isEqualTo(1);
            assertThat(c.counts().open()).isEqualTo(open - 1);
        });
        assertThat(model.summaryProperty().get()).startsWith("Mine: " + (open - 1) + " open");
        assertThat(store.timeline.latest(first.task().customerId()).orElseThrow().body())
                .isEqualTo("Happy with the voucher");
    }

    @Test
    void aSnoozedTaskComesBackOverdueAfterItsDay() {
        everythingTo(cashier);
        care.generate();
        CareTasksViewModel model = model();
        TaskRow first = model.rows().get(0);

        model.snooze(first, "x", () -> { });
        assertThat(model.messageProperty().get()).isEqualTo("Type a number of days, not \"x\".");
        model.snooze(first, "0", () -> { });
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        model.snooze(first, "2", () -> { });
        assertThat(model.messageIsErrorProperty().get()).isFalse();
        TaskRow snoozed = model.rows().stream().filter(r -> r.task().id().equals(first.task().id())).findFirst()
                .orElseThrow();
        assertThat(snoozed.state()).startsWith("Snoozed until");

        clock.advance(Duration.ofDays(3));
        model.load();
        model.showProperty().set(CareBoard.Show.OVERDUE);
        assertThat(model.rows()).extracting(r -> r.task().id()).contains(first.task().id());
    }

    @Test
    void newTasksFromTheRulesReloadTheList() {
        everythingTo(cashier);
        CareTasksViewModel model = model();
        assertThat(model.rows()).isEmpty();
        int made = care.generate();
        events.publish(new CareTasksChanged(made));
        assertThat(model.rows()).hasSize(made);
    }
}
