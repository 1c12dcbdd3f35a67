package app.counterpart.core.incentives;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A pay period of business days, {@code start} included and {@code end} excluded. */
public record PayPeriod(LocalDate start, LocalDate end) {

    public PayPeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /** The period of the cycle that holds the business day: its calendar month, or its week from Monday. */
    public static PayPeriod of(PayCycle cycle, LocalDate businessDay) {
        return switch (cycle) {
            case MONTHLY -> {
                LocalDate first = businessDay.withDayOfMonth(1);
                yield new PayPeriod(first, first.plusMonths(1));
            }
            case WEEKLY -> {
                LocalDate monday = businessDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new PayPeriod(monday, monday.plusWeeks(1));
            }
        };
    }

    public boolean contains(LocalDate businessDay) {
        return !businessDay.isBefore(start) && businessDay.isBefore(end);
    }

    /** A stable key for storage and export, e.g. "2026-11-01..2026-12-01". */
    public String key() {
        return start + ".." + end;
    }
}
