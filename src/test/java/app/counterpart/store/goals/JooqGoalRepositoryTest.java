package app.counterpart.store.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.demo.DemoInstaller;
import app.counterpart.core.demo.DemoSalesGenerator;
import app.counterpart.core.goals.BadgeAward;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.DayFigure;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.SalesGoal;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goals, badges and figures on a real demo store. */
class JooqGoalRepositoryTest {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    JooqGoalRepository goals;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir.resolve("goals"), clock);
        goals = new JooqGoalRepository(store.db, IdGenerator.secure(clock));
        new DemoInstaller(store.shops, store.catalog, store.customers, store.staff, store.sales, store.stock,
                store.timeline, store.care, store.incentives).withGoals(goals)
                .install(DemoFixture.demoShop(), new DemoSalesGenerator.Options(UNTIL, 21, 1, DemoFixture.SEED, null),
                        p -> { });
    }

    @AfterEach
    void close() {
        store.close();
    }

    long count(String sql) {
        return store.db.read(ctx -> ctx.fetchOne(sql).get(0, Long.class));
    }

    @Test
    void theDemoSetsGoalsForEverySellerAndEachTeamAndAwardsBadgesOnce() {
        Set<String> sellers = goals.dayFigures(UNTIL.minusDays(20), UNTIL, false).stream().map(DayFigure::staffId)
                .collect(Collectors.toSet());
        List<SalesGoal> all = goals.goals();
        assertThat(all).filteredOn(g -> g.scope().kind() == GoalScope.Kind.PERSON).extracting(g -> g.scope().id())
                .containsAll(sellers);
        assertThat(all).filteredOn(g -> g.scope().kind() == GoalScope.Kind.TEAM).extracting(g -> g.scope().id())
                .containsAll(goals.teamMembers().keySet());
        assertThat(all).allMatch(g -> g.targetMinor() > 0);

        List<BadgeAward> awards = goals.awards();
        assertThat(awards).filteredOn(a -> a.badge().equals("first_sale")).extracting(BadgeAward::staffId)
                .containsExactlyInAnyOrderElementsOf(sellers);
        assertThat(goals.award(awards, clock.instant())).isZero();
        assertThat(goals.awards()).hasSameSizeAs(awards);
    }

    @Test
    void theDemoGoalsLeaveTheSalesAsTheyWere() {
        try (DemoFixture plain = new DemoFixture(dir.resolve("plain"), clock)) {
            plain.installDemo(UNTIL, 21);
            String figures = "select count(*) * 1000003 + sum(total_minor) from sale";
            assertThat(count(figures)).isEqualTo(plain.db.read(ctx -> ctx.fetchOne(figures).get(0, Long.class)));
        }
    }

    @Test
    void aGoalEditIsANewAuditedVersionAndRowsAreNeverUpdated() {
        Staff owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        Staff cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        SalesGoal g = new SalesGoal(IdGenerator.secure(clock).next(), GoalScope.person(cashier.id()), Cadence.DAILY,
                123_400, UNTIL.plusDays(1), owner.id(), clock.instant());
        goals.addGoal(g, owner.id());

        assertThat(goals.goals()).contains(g);
        assertThat(count("select count(*) from audit_log where action = 'goals.set' and entity_id = '" + g.id()
                + "' and staff_id = '" + owner.id() + "'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox where entity = 'sales_goal'")).isEqualTo(1);
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.execute("update sales_goal set target_minor = 1")))
                .hasMessageContaining("versioned");
    }

    @Test
    void theSnapshotHoldsTheWeekUpToTheDayAndTheNewestSaleCounted() {
        var snapshot = goals.snapshot(UNTIL);
        LocalDate monday = Cadence.WEEKLY.start(UNTIL);
        assertThat(snapshot.weekFigures()).isNotEmpty().allMatch(f -> !f.day().isBefore(monday) && !f.day().isAfter(UNTIL));
        long net = snapshot.weekFigures().stream().mapToLong(DayFigure::netMinor).sum();
        assertThat(net).isEqualTo(count("select sum(total_minor) from sale where business_day >= '" + monday + "'"));
        assertThat(snapshot.lastSaleId()).isEqualTo(store.db.read(ctx -> ctx.fetchOne(
                "select max(id) from sale").get(0, String.class)));
        assertThat(snapshot.teamMembers()).isEqualTo(goals.teamMembers());
    }

    @Test
    void newCustomersAreCountedOnceForWhoeverServedTheirFirstSale() {
        List<DayFigure> figures = goals.dayFigures(UNTIL.minusDays(20), UNTIL, true);
        long fresh = figures.stream().mapToLong(DayFigure::newCustomers).sum();
        assertThat(fresh).isPositive().isEqualTo(count(
                "select count(distinct customer_id) from sale where kind = 'sale' and customer_id is not null"));
    }
}
