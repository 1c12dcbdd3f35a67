package app.counterpart.core.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    static final GoalBook GOALS = new GoalBook(List.of(
            new SalesGoal("g1", GoalScope.person("ann"), Cadence.DAILY, 1_000, MONDAY.minusDays(30), null, Instant.EPOCH),
            new SalesGoal("g2", GoalScope.person("bob"), Cadence.DAILY, 1_000, MONDAY.minusDays(30), null, Instant.EPOCH)));

    static List<String> codes(List<BadgeAward> awards, String who) {
        return awards.stream().filter(a -> a.staffId().equals(who)).map(a -> a.badge() + "@" + a.period()).toList();
    }

    @Test
    void theFirstSaleIsEarnedOnceEverOnItsDay() {
        var awards = Badges.earned(BadgeRule.DEFAULT, List.of(new DayFigure("ann", MONDAY, 500, 2, 0),
                new DayFigure("ann", MONDAY.plusDays(1), 500, 3, 0)), GOALS, MONDAY.plusDays(5));
        assertThat(awards).filteredOn(a -> a.badge().equals("first_sale"))
                .containsExactly(new BadgeAward("ann", "first_sale", "ever", MONDAY));
    }

    @Test
    void aHundredSalesCountsVoidsAgainstAndIsEarnedTheDayTheCountGetsThere() {
        var awards = Badges.earned(BadgeRule.DEFAULT, List.of(new DayFigure("ann", MONDAY, 0, 60, 0),
                new DayFigure("ann", MONDAY.plusDays(1), 0, 39, 0), new DayFigure("ann", MONDAY.plusDays(2), 0, 1, 0)),
                GOALS, MONDAY.plusDays(3));
        assertThat(awards).filteredOn(a -> a.badge().equals("sales_100")).extracting(BadgeAward::day)
                .containsExactly(MONDAY.plusDays(2));
    }

    @Test
    void fiveWorkedDaysInARowAtGoalEarnTheStreakAndADayOffDoesNotBreakIt() {
        List<DayFigure> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            if (i != 2) { // Wednesday off
                days.add(new DayFigure("ann", MONDAY.plusDays(i), 1_000, 4, 0));
            }
        }
        days.add(new DayFigure("bob", MONDAY, 1_000, 4, 0));
        days.add(new DayFigure("bob", MONDAY.plusDays(1), 999, 4, 0));
        var awards = Badges.earned(BadgeRule.DEFAULT, days, GOALS, MONDAY.plusDays(7));
        assertThat(codes(awards, "ann")).contains("streak_5@" + MONDAY.plusDays(5)).doesNotContain(
                "streak_5@" + MONDAY.plusDays(6));
        assertThat(codes(awards, "ann")).filteredOn(c -> c.startsWith("daily_goal")).hasSize(6);
        assertThat(codes(awards, "bob")).containsExactlyInAnyOrder("first_sale@ever", "daily_goal@" + MONDAY);
    }

    @Test
    void tenNewCustomersInAWeekAndTheTopSellerOfAFinishedWeek() {
        var figures = List.of(new DayFigure("ann", MONDAY, 5_000, 10, 6), new DayFigure("ann", MONDAY.plusDays(3), 100, 5, 4),
                new DayFigure("bob", MONDAY.plusDays(1), 4_000, 10, 9),
                new DayFigure("bob", MONDAY.plusDays(7), 9_000, 10, 0));
        var awards = Badges.earned(BadgeRule.DEFAULT, figures, GOALS, MONDAY.plusDays(8));
        assertThat(codes(awards, "ann")).contains("new_customers_10@2026-W47", "top_seller_week@2026-W47");
        assertThat(codes(awards, "bob")).doesNotContain("new_customers_10@2026-W47")
                .noneMatch(c -> c.startsWith("top_seller_week")); // week 48 has not finished yet
    }

    @Test
    void workingItOutTwiceGivesTheSameAwards() {
        var figures = List.of(new DayFigure("ann", MONDAY, 5_000, 10, 6), new DayFigure("bob", MONDAY, 5_000, 3, 1));
        assertThat(Badges.earned(BadgeRule.DEFAULT, figures, GOALS, MONDAY.plusDays(9)))
                .isEqualTo(Badges.earned(BadgeRule.DEFAULT, figures, GOALS, MONDAY.plusDays(9)))
                .filteredOn(a -> a.badge().equals("top_seller_week")).extracting(BadgeAward::staffId)
                .containsExactlyInAnyOrder("ann", "bob");
    }

    @Test
    void theLeaderboardRanksByNetSalesAndTiesShareAPlace() {
        var figures = List.of(new DayFigure("ann", MONDAY, 500, 2, 0), new DayFigure("bob", MONDAY, 700, 3, 0),
                new DayFigure("cat", MONDAY, 500, 1, 0), new DayFigure("dan", MONDAY, 100, 1, 0),
                new DayFigure("ann", MONDAY.minusDays(1), 9_000, 1, 0));
        var today = Leaderboard.standings(Leaderboard.Span.TODAY, figures, GOALS, MONDAY);
        assertThat(today).extracting(s -> s.staffId() + s.rank()).containsExactly("bob1", "ann2", "cat2", "dan4");
        assertThat(today.get(1).fraction()).isEqualTo(0.5);
        var month = Leaderboard.standings(Leaderboard.Span.MONTH, figures, GOALS, MONDAY);
        assertThat(month.get(0).staffId()).isEqualTo("ann");
        assertThat(month.get(0).targetMinor()).isEqualTo(16_000);
    }
}
