package app.counterpart.core.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Works out the badges earned from the daily figures, rule by rule. Re-running it over the same figures
 * gives the same awards, so the store can insert them with "on conflict do nothing" at any time.
 */
public final class Badges {

    private Badges() {
    }

    /**
     * @param figures every person's daily figures up to {@code today}, in any order
     * @param today weekly rankings only judge weeks that ended before this day
     */
    public static List<BadgeAward> earned(List<BadgeRule> rules, List<DayFigure> figures, GoalBook goals,
            LocalDate today) {
        Map<String, TreeMap<LocalDate, DayFigure>> byPerson = new HashMap<>();
        for (DayFigure f : figures) {
            if (!f.day().isAfter(today)) {
                byPerson.computeIfAbsent(f.staffId(), k -> new TreeMap<>()).merge(f.day(), f, Badges::sum);
            }
        }
        List<BadgeAward> out = new ArrayList<>();
        for (BadgeRule rule : rules) {
            switch (rule.measure()) {
                case SALES_EVER -> byPerson.forEach((who, days) -> salesEver(rule, who, days, out));
                case DAY_GOAL_PERCENT -> byPerson.forEach((who, days) -> days.values().forEach(f -> {
                    long target = goals.target(GoalScope.person(who), Cadence.DAILY, f.day());
                    if (target > 0 && f.netMinor() * 100 >= target * rule.threshold()) {
                        out.add(new BadgeAward(who, rule.code(), f.day().toString(), f.day()));
                    }
                }));
                case GOAL_STREAK -> byPerson.forEach((who, days) -> streaks(rule, who, days, goals, out));
                case WEEK_NEW_CUSTOMERS -> byPerson.forEach((who, days) -> newCustomers(rule, who, days, out));
                case WEEK_RANK -> weekRanks(rule, byPerson, today, out);
            }
        }
        out.sort(Comparator.comparing(BadgeAward::day).thenComparing(BadgeAward::staffId)
                .thenComparing(BadgeAward::badge));
        return out;
    }

    private static DayFigure sum(DayFigure a, DayFigure b) {
        return new DayFigure(a.staffId(), a.day(), a.netMinor() + b.netMinor(), a.salesCount() + b.salesCount(),
                a.newCustomers() + b.newCustomers());
    }

    private static void salesEver(BadgeRule rule, String who, TreeMap<LocalDate, DayFigure> days,
            List<BadgeAward> out) {
        long count = 0;
        for (DayFigure f : days.values()) {
            count += f.salesCount();
            if (count >= rule.threshold()) {
                out.add(new BadgeAward(who, rule.code(), BadgeAward.EVER, f.day()));
                return;
            }
        }
    }

    /** Days worked (with sales) count; a worked day under the goal breaks the run, a day off does not. */
    private static void streaks(BadgeRule rule, String who, TreeMap<LocalDate, DayFigure> days, GoalBook goals,
            List<BadgeAward> out) {
        long run = 0;
        for (DayFigure f : days.values()) {
            if (f.salesCount() == 0 && f.netMinor() == 0) {
                continue;
            }
            long target = goals.target(GoalScope.person(who), Cadence.DAILY, f.day());
            run = target > 0 && f.netMinor() >= target ? run + 1 : 0;
            if (run == rule.threshold()) {
                out.add(new BadgeAward(who, rule.code(), f.day().toString(), f.day()));
                run = 0;
            }
        }
    }

    private static void newCustomers(BadgeRule rule, String who, TreeMap<LocalDate, DayFigure> days,
            List<BadgeAward> out) {
        Map<LocalDate, Long> weekCount = new TreeMap<>();
        for (DayFigure f : days.values()) {
            LocalDate monday = Cadence.WEEKLY.start(f.day());
            long before = weekCount.getOrDefault(monday, 0L);
            long after = before + f.newCustomers();
            weekCount.put(monday, after);
            if (before < rule.threshold() && after >= rule.threshold()) {
                out.add(new BadgeAward(who, rule.code(), Cadence.weekKey(f.day()), f.day()));
            }
        }
    }

    private static void weekRanks(BadgeRule rule, Map<String, TreeMap<LocalDate, DayFigure>> byPerson,
            LocalDate today, List<BadgeAward> out) {
        Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
        byPerson.forEach((who, days) -> days.values().forEach(f -> weeks
                .computeIfAbsent(Cadence.WEEKLY.start(f.day()), k -> new HashMap<>())
                .merge(who, f.netMinor(), Long::sum)));
        weeks.forEach((monday, nets) -> {
            LocalDate sunday = Cadence.WEEKLY.end(monday);
            if (!sunday.isBefore(today)) {
                return;
            }
            for (Leaderboard.Standing s : Leaderboard.rank(nets, Map.of(), Map.of())) {
                if (s.rank() <= rule.threshold() && s.netMinor() > 0) {
                    out.add(new BadgeAward(s.staffId(), rule.code(), Cadence.weekKey(monday), sunday));
                }
            }
        });
    }
}
