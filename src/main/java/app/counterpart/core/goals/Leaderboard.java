package app.counterpart.core.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranks people by net sales in a period; equal net sales share a place (1, 2, 2, 4). */
public final class Leaderboard {

    private Leaderboard() {
    }

    public enum Span {
        TODAY, WEEK, MONTH;

        public LocalDate from(LocalDate today) {
            return switch (this) {
                case TODAY -> today;
                case WEEK -> Cadence.WEEKLY.start(today);
                case MONTH -> today.withDayOfMonth(1);
            };
        }
    }

    public record Standing(String staffId, int rank, long netMinor, int salesCount, long targetMinor) {

        public double fraction() {
            return targetMinor > 0 ? (double) netMinor / targetMinor : 0;
        }
    }

    /**
     * The standings for {@code span} ending today. The goal: the daily target today, the weekly target
     * this week, and for the month the daily targets of its days so far added up.
     */
    public static List<Standing> standings(Span span, List<DayFigure> figures, GoalBook goals, LocalDate today) {
        LocalDate from = span.from(today);
        Map<String, Long> nets = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (DayFigure f : figures) {
            if (!f.day().isBefore(from) && !f.day().isAfter(today)) {
                nets.merge(f.staffId(), f.netMinor(), Long::sum);
                counts.merge(f.staffId(), f.salesCount(), Integer::sum);
            }
        }
        Map<String, Long> targets = new HashMap<>();
        for (String who : nets.keySet()) {
            GoalScope scope = GoalScope.person(who);
            long target = switch (span) {
                case TODAY -> goals.target(scope, Cadence.DAILY, today);
                case WEEK -> goals.target(scope, Cadence.WEEKLY, today);
                case MONTH -> {
                    long sum = 0;
                    for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
                        sum += goals.target(scope, Cadence.DAILY, d);
                    }
                    yield sum;
                }
            };
            targets.put(who, target);
        }
        return rank(nets, counts, targets);
    }

    static List<Standing> rank(Map<String, Long> nets, Map<String, Integer> counts, Map<String, Long> targets) {
        List<Map.Entry<String, Long>> order = new ArrayList<>(nets.entrySet());
        order.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Standing> out = new ArrayList<>(order.size());
        int rank = 0;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < order.size(); i++) {
            var e = order.get(i);
            if (i == 0 || e.getValue() != previous) {
                rank = i + 1;
                previous = e.getValue();
            }
            out.add(new Standing(e.getKey(), rank, e.getValue(), counts.getOrDefault(e.getKey(), 0),
                    targets.getOrDefault(e.getKey(), 0L)));
        }
        return out;
    }
}
