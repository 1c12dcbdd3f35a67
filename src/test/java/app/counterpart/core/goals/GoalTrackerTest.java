package app.counterpart.core.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.event.SalesCommitted.Booked;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoalTrackerTest {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    final EventBus events = new EventBus(e -> { throw e; });
    final List<MilestoneReached> heard = new ArrayList<>();
    final GoalTracker tracker = new GoalTracker(events);
    int n;

    @BeforeEach
    void listen() {
        tracker.listen();
        events.subscribe(MilestoneReached.class, heard::add);
    }

    static SalesGoal goal(GoalScope scope, Cadence cadence, long target, LocalDate from) {
        return new SalesGoal(scope + "" + cadence + from, scope, cadence, target, from, "owner",
                Instant.parse("2026-11-01T00:00:00Z"));
    }

    static List<SalesGoal> goals() {
        return List.of(goal(GoalScope.person("ann"), Cadence.DAILY, 100_000, FRIDAY.minusDays(30)),
                goal(GoalScope.person("ann"), Cadence.WEEKLY, 500_000, FRIDAY.minusDays(30)),
                goal(GoalScope.team("front"), Cadence.DAILY, 150_000, FRIDAY.minusDays(30)));
    }

    void load(List<DayFigure> week) {
        tracker.loadStarting();
        tracker.load(new GoalTracker.Snapshot(FRIDAY, week, Map.of("front", List.of("ann", "bob")), goals(), "0"));
    }

    void sell(String who, long amount) {
        sell(who, amount, FRIDAY);
    }

    void sell(String who, long amount, LocalDate day) {
        String id = String.format("sale-%05d", ++n);
        events.publish(new SalesCommitted(1, Set.of(day),
                List.of(new Booked(id, who, day, amount, amount >= 0 ? 1 : 0, null))));
    }

    List<String> heardCodes() {
        return heard.stream().map(m -> m.scope().id() + " " + m.cadence().code() + " " + m.milestone().code()).toList();
    }

    @Test
    void aSaleThatReachesTheGoalFiresItOnceForThePersonAndTheTeamSeparately() {
        load(List.of());
        sell("ann", 60_000);
        assertThat(heardCodes()).containsExactly("ann daily half");
        sell("bob", 20_000);
        sell("ann", 40_000);
        // Bob's sale takes the team (Ann and Bob) past half of its 150,000.
        assertThat(heardCodes()).containsExactly("ann daily half", "front daily half", "ann daily goal");
        assertThat(tracker.progress(GoalScope.person("ann"), Cadence.DAILY).netMinor()).isEqualTo(100_000);
        assertThat(tracker.progress(GoalScope.team("front"), Cadence.DAILY).netMinor()).isEqualTo(120_000);
    }

    @Test
    void aRefundLowersProgressButNeitherRevokesNorRepeatsTheToast() {
        load(List.of());
        sell("ann", 100_000);
        sell("ann", -30_000);
        assertThat(tracker.progress(GoalScope.person("ann"), Cadence.DAILY).fraction()).isEqualTo(0.7);
        sell("ann", 40_000);
        assertThat(heardCodes()).filteredOn(c -> c.startsWith("ann daily")).containsExactly("ann daily half",
                "ann daily goal");
    }

    @Test
    void whatTheLoadAlreadyCountedDoesNotFireAgain() {
        load(List.of(new DayFigure("ann", FRIDAY, 120_000, 5, 0), new DayFigure("ann", FRIDAY.minusDays(1), 300_000, 9, 0)));
        sell("ann", 1_000);
        assertThat(heardCodes()).isEmpty();
        assertThat(tracker.progress(GoalScope.person("ann"), Cadence.WEEKLY).netMinor()).isEqualTo(421_000);
        sell("ann", 30_000);
        // Ann's figures count for her team as well: 151,000 is its goal.
        assertThat(heardCodes()).containsExactly("ann daily beyond", "front daily goal");
    }

    @Test
    void salesHeardDuringALoadAreReplayedUnlessTheLoadCountedThem() {
        tracker.loadStarting();
        sell("ann", 50_000); // sale-00001: counted by the load below
        sell("ann", 50_000); // sale-00002: committed after the load read the store
        tracker.load(new GoalTracker.Snapshot(FRIDAY, List.of(new DayFigure("ann", FRIDAY, 50_000, 1, 0)),
                Map.of(), goals(), "sale-00001"));
        assertThat(tracker.progress(GoalScope.person("ann"), Cadence.DAILY).netMinor()).isEqualTo(100_000);
        assertThat(heardCodes()).containsExactly("ann daily goal");
    }

    @Test
    void aNewBusinessDayStartsTheDayAtZeroAndKeepsTheWeek() {
        load(List.of());
        sell("ann", 100_000);
        heard.clear();
        LocalDate saturday = FRIDAY.plusDays(1);
        sell("ann", 100_000, saturday);
        assertThat(tracker.day()).contains(saturday);
        assertThat(tracker.progress(GoalScope.person("ann"), Cadence.DAILY).netMinor()).isEqualTo(100_000);
        assertThat(tracker.progress(GoalScope.person("ann"), Cadence.WEEKLY).netMinor()).isEqualTo(200_000);
        assertThat(heardCodes()).containsExactly("ann daily half", "ann daily goal", "front daily half");
        sell("ann", 10_000, saturday.plusDays(2));
        assertThat(tracker.progress(GoalScope.person("ann"), Cadence.WEEKLY).netMinor()).isEqualTo(10_000);
    }

    @Test
    void nothingFiresWithoutAGoal() {
        load(List.of());
        sell("zoe", 1_000_000);
        assertThat(heard).isEmpty();
        assertThat(tracker.progress(GoalScope.person("zoe"), Cadence.DAILY).hasTarget()).isFalse();
    }

    @Test
    void aLaterGoalVersionTakesOverFromItsDay() {
        var book = new GoalBook(List.of(goal(GoalScope.person("ann"), Cadence.DAILY, 100, FRIDAY.minusDays(3)),
                goal(GoalScope.person("ann"), Cadence.DAILY, 200, FRIDAY)));
        assertThat(book.target(GoalScope.person("ann"), Cadence.DAILY, FRIDAY.minusDays(1))).isEqualTo(100);
        assertThat(book.target(GoalScope.person("ann"), Cadence.DAILY, FRIDAY)).isEqualTo(200);
        assertThat(book.target(GoalScope.person("ann"), Cadence.DAILY, FRIDAY.minusDays(4))).isZero();
        assertThat(book.history(GoalScope.person("ann"), Cadence.DAILY)).hasSize(2);
    }
}
