package app.counterpart.core.staff.performance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A range of business days, both ends included, and the previous period of equal length it is compared
 * with. A period that starts on the 1st of a month compares with the same days of the month before (so
 * "last month" compares with the month before it, "this month so far" with the same days last month);
 * any other compares with the days just before it.
 */
public record PerformancePeriod(LocalDate from, LocalDate to) {

    public enum Preset {
        TODAY, THIS_WEEK, THIS_MONTH, LAST_MONTH, CUSTOM;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PerformancePeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    /** The preset's days as of {@code today} (a business day); weeks start on Monday. */
    public static PerformancePeriod of(Preset preset, LocalDate today) {
        return switch (preset) {
            case TODAY, CUSTOM -> new PerformancePeriod(today, today);
            case THIS_WEEK -> new PerformancePeriod(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case THIS_MONTH -> new PerformancePeriod(today.withDayOfMonth(1), today);
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new PerformancePeriod(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public PerformancePeriod previous() {
        boolean monthStart = from.getDayOfMonth() == 1 && from.getMonth() == to.getMonth() && from.getYear() == to.getYear();
        if (monthStart) {
            LocalDate first = from.minusMonths(1);
            LocalDate monthEnd = first.with(TemporalAdjusters.lastDayOfMonth());
            boolean wholeMonth = to.equals(to.with(TemporalAdjusters.lastDayOfMonth()));
            LocalDate end = wholeMonth ? monthEnd : first.plusDays(days() - 1);
            return new PerformancePeriod(first, end.isAfter(monthEnd) ? monthEnd : end);
        }
        return new PerformancePeriod(from.minusDays(days()), from.minusDays(1));
    }
}
