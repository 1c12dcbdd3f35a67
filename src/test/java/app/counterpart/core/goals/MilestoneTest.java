package app.counterpart.core.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            150000, HALF,   75000
            150000, GOAL,   150000
            150000, BEYOND, 225000
            3,      HALF,   2
            3,      BEYOND, 5
            1,      HALF,   1
            """)
    void thresholdsRoundUpToTheNextMinorUnit(long target, Milestone m, long threshold) {
        assertThat(m.threshold(target)).isEqualTo(threshold);
    }

    @Test
    void aSaleCanCrossSeveralMilestonesAtOnce() {
        assertThat(Milestone.crossed(10_000, 160_000, 100_000))
                .containsExactly(Milestone.HALF, Milestone.GOAL, Milestone.BEYOND);
    }

    @Test
    void reachingExactlyTheThresholdCrossesIt() {
        assertThat(Milestone.crossed(49_999, 50_000, 100_000)).containsExactly(Milestone.HALF);
        assertThat(Milestone.crossed(50_000, 99_999, 100_000)).isEmpty();
    }

    @Test
    void withoutATargetNothingIsEverReached() {
        assertThat(Milestone.crossed(0, 1_000_000, 0)).isEmpty();
        assertThat(new Progress(GoalScope.person("a"), Cadence.DAILY, 500, 1, 0).fraction()).isZero();
    }

    @Test
    void theCheckCoversEveryRunningTotalTheSaleMoves() {
        var person = GoalScope.person("p");
        var team = GoalScope.team("t");
        var crossings = MilestoneCheck.crossed(List.of(
                new MilestoneCheck.Running(person, Cadence.DAILY, 40_000, 100_000),
                new MilestoneCheck.Running(person, Cadence.WEEKLY, 400_000, 600_000),
                new MilestoneCheck.Running(team, Cadence.DAILY, 290_000, 300_000)), 20_000);
        assertThat(crossings).extracting(c -> c.scope().kind() + " " + c.cadence() + " " + c.milestone())
                .containsExactly("PERSON DAILY HALF", "TEAM DAILY GOAL");
    }

    @Test
    void weeksRunMondayToSundayAndAreNamedByIsoWeek() {
        var sunday = java.time.LocalDate.of(2026, 11, 29);
        assertThat(Cadence.WEEKLY.start(sunday)).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        assertThat(Cadence.WEEKLY.periodKey(sunday)).isEqualTo("2026-W48");
        assertThat(Cadence.weekKey(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }
}
