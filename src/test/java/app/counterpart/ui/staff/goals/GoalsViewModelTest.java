package app.counterpart.ui.staff.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalService;
import app.counterpart.core.goals.GoalTracker;
import app.counterpart.core.goals.Leaderboard;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.goals.JooqGoalRepository;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Goals and Leaderboard tabs' view models over a real demo store. */
class GoalsViewModelTest {

    @TempDir
    Path dir;
    DemoFixture store;
    GoalService goals;
    UiContext ui;
    Staff owner;
    Staff cashier;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 10);
        EventBus events = new EventBus(e -> { throw e; });
        ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, events, new I18n(I18n.ENGLISH), Theme.LIGHT,
                clock);
        IdGenerator ids = IdGenerator.secure(clock);
        goals = new GoalService(new JooqGoalRepository(store.db, ids), new GoalTracker(events),
                store.shops.shop().orElseThrow().calendar(), ids, clock);
        goals.reload();
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    GoalsViewModel model(Staff acting) {
        GoalsViewModel m = new GoalsViewModel(goals, store.staff::staff, acting::id, acting::role,
                store.shops.shop().orElseThrow().currency(), ui);
        m.load();
        return m;
    }

    @Test
    void theOwnerSetsAWeeklyTeamGoalAndTheTableShowsItsProgress() {
        GoalsViewModel m = model(owner);
        assertThat(m.mayEditProperty().get()).isTrue();
        var team = m.choices().stream().filter(c -> c.scope().kind() == GoalScope.Kind.TEAM).findFirst().orElseThrow();
        m.chosenProperty().set(team);
        m.cadenceProperty().set(Cadence.WEEKLY);
        m.amountProperty().set("9000");
        m.save();

        assertThat(m.errorProperty().get()).as(m.messageProperty().get()).isFalse();
        var row = m.rows().stream().filter(r -> r.scope().equals(team.scope())).findFirst().orElseThrow();
        assertThat(row.weekTarget()).contains("9,000");
        assertThat(row.weekFraction()).isPositive();
        assertThat(row.dayFraction()).isEqualTo(-1);
        assertThat(goals.goals()).hasSize(1);
    }

    @Test
    void aCashierMayNotSetGoalsAndABadAmountIsRefused() {
        GoalsViewModel m = model(cashier);
        assertThat(m.mayEditProperty().get()).isFalse();
        m.chosenProperty().set(m.choices().get(0));
        m.amountProperty().set("100");
        m.save();
        assertThat(m.messageProperty().get()).isEqualTo("Only the owner or a manager may set goals.");
        GoalsViewModel o = model(owner);
        o.chosenProperty().set(o.choices().get(0));
        o.amountProperty().set("lots");
        o.save();
        assertThat(o.errorProperty().get()).isTrue();
        assertThat(goals.goals()).isEmpty();
    }

    @Test
    void theLeaderboardRanksTheWeekAndShowsBadgesWorkedOutAsItLoads() {
        goals.setGoal(GoalScope.person(cashier.id()), Cadence.DAILY, 100, LocalDate.of(2026, 11, 1), owner.id(),
                Role.OWNER);
        var m = new LeaderboardViewModel(goals, store.staff::staff, store.shops.shop().orElseThrow().currency(), ui);
        m.load();
        assertThat(m.entries()).isNotEmpty();
        assertThat(m.entries().get(0).rank()).isEqualTo(1);
        var mine = m.entries().stream().filter(e -> e.staffId().equals(cashier.id())).findFirst().orElseThrow();
        assertThat(mine.badges()).extracting(LeaderboardViewModel.Chip::code).contains("first_sale", "daily_goal");
        assertThat(mine.badges()).filteredOn(c -> c.code().equals("daily_goal")).first()
                .satisfies(c -> assertThat(c.text()).startsWith("Daily goal ×"));
        m.spanProperty().set(Leaderboard.Span.TODAY);
        assertThat(m.entries()).allMatch(e -> e.sales() >= 0);
    }
}
