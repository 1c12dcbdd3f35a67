package app.counterpart.ui.sell;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.common.Money;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalService;
import app.counterpart.core.goals.GoalTracker;
import app.counterpart.core.goals.Milestone;
import app.counterpart.core.goals.MilestoneReached;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.Till;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sell screen's goal strip over a real store and till: a sale that reaches the goal, toast and chime. */
class GoalStripModelTest {

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    EventBus events;
    UiContext ui;
    GoalService goals;
    SellViewModel sell;
    GoalStripModel strip;
    Staff cashier;
    Staff owner;
    Product product;
    final List<MilestoneReached> reached = new ArrayList<>();
    final AtomicInteger chimes = new AtomicInteger();

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 2);
        events = new EventBus(e -> { throw e; });
        events.subscribe(MilestoneReached.class, reached::add);
        ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, events, new I18n(I18n.ENGLISH), Theme.LIGHT,
                clock);
        IdGenerator ids = IdGenerator.secure(clock);
        var shop = store.shops.shop().orElseThrow();
        GoalTracker tracker = new GoalTracker(events);
        tracker.listen();
        JooqGoalRepository repo = new JooqGoalRepository(store.db, ids);
        goals = new GoalService(repo, tracker, shop.calendar(), ids, clock);
        goals.reload();
        Till till = new Till(store.till, store.customers, events, ids, clock, shop, store.shops.localDevice().orElseThrow());
        sell = new SellViewModel(till, store.catalog::products, List::of, store.staff::staff, ui);
        sell.load();
        cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        product = store.catalog.products().stream().filter(p -> p.active() && p.priceMinor() > 1_000).findFirst()
                .orElseThrow();
        strip = new GoalStripModel(tracker, id -> store.staff.staff().stream().filter(s -> s.id().equals(id))
                .findFirst().map(Staff::name).orElse(""), repo::teamNames, shop.currency(), chimes::incrementAndGet, ui);
        strip.listen();
        strip.follow(sell.cartProperty(), sell.cashierProperty());
        sell.signIn(cashier, "3481", () -> { });
        sell.openShift("100", () -> { });
    }

    @AfterEach
    void close() {
        store.close();
    }

    String money(long minor) {
        return Money.format(minor, store.shops.shop().orElseThrow().currency(), Locale.ENGLISH);
    }

    Sale sellOne() {
        List<Sale> sold = new ArrayList<>();
        sell.enter(product.sku());
        sell.tender(Tender.CASH, "", sold::add);
        assertThat(sold).hasSize(1);
        return sold.get(0);
    }

    @Test
    void aSaleReachingTheDailyGoalRaisesOneMilestoneAToastAChimeAndMovesTheStrip() {
        Sale first = sellOne();
        assertThat(reached).isEmpty();
        long target = first.totalMinor() * 2;
        goals.setGoal(GoalScope.person(cashier.id()), Cadence.DAILY, target, goals.today(), owner.id(), Role.OWNER);
        strip.refresh();
        assertThat(strip.person().todayProperty().get()).isEqualTo("Today " + money(first.totalMinor()) + " of "
                + money(target));
        assertThat(strip.person().todayFractionProperty().get()).isEqualTo(0.5);

        sellOne();

        assertThat(reached).extracting(MilestoneReached::milestone).containsExactly(Milestone.GOAL);
        assertThat(reached.get(0).scope()).isEqualTo(GoalScope.person(cashier.id()));
        assertThat(strip.toastsProperty().get()).isEqualTo(1);
        assertThat(strip.toastTitleProperty().get()).isEqualTo("Goal reached!");
        assertThat(strip.toastTextProperty().get()).startsWith(cashier.name() + ": 100% of today's goal");
        assertThat(chimes.get()).isEqualTo(1);
        assertThat(strip.person().todayProperty().get()).isEqualTo("Today " + money(target) + " of " + money(target));
        assertThat(strip.person().todayFractionProperty().get()).isEqualTo(1.0);
        assertThat(strip.person().weekProperty().get()).startsWith("Week ");
    }

    @Test
    void aMutedStripStillToastsButDoesNotChimeAndNoGoalMeansNoBar() {
        assertThat(strip.person().shownProperty().get()).isTrue();
        assertThat(strip.person().todayFractionProperty().get()).isEqualTo(-1);
        goals.setGoal(GoalScope.person(cashier.id()), Cadence.DAILY, 1, goals.today(), owner.id(), Role.OWNER);
        strip.mutedProperty().set(true);
        sellOne();
        assertThat(strip.toastsProperty().get()).isEqualTo(3); // half, goal and 150 % in one sale
        assertThat(chimes.get()).isZero();
    }

    @Test
    void theTeamRowShowsWhenThePersonServingIsInATeam() {
        Staff manager = store.staff.staff().stream().filter(s -> s.role() == Role.MANAGER).findFirst().orElseThrow();
        strip.serving(manager.id());
        assertThat(strip.team().shownProperty().get()).isTrue();
        assertThat(strip.team().nameProperty().get()).isNotBlank();
        strip.serving(null);
        assertThat(strip.person().shownProperty().get()).isFalse();
    }
}
