package app.counterpart.core.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A range of business days and the range it is compared with: today against the same weekday last
 * week, this week so far against last week to the same weekday, this month so far against last month
 * to the same day, and any other range against the range of equal length just before it.
 */
public record Period(Kind kind, LocalDate from, LocalDate to, LocalDate compareFrom, LocalDate compareTo) {

    public enum Kind { TODAY, WEEK, MONTH, CUSTOM }

    public static Period today(LocalDate today) {
        return new Period(Kind.TODAY, today, today, today.minusWeeks(1), today.minusWeeks(1));
    }

    public static Period week(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, today, monday.minusWeeks(1), today.minusWeeks(1));
    }

    public static Period month(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1);
        LocalDate previousFirst = first.minusMonths(1);
        LocalDate previousTo = previousFirst.withDayOfMonth(Math.min(today.getDayOfMonth(), previousFirst.lengthOfMonth()));
        return new Period(Kind.MONTH, first, today, previousFirst, previousTo);
    }

    public static Period custom(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(Kind.CUSTOM, from, to, from.minusDays(days), from.minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
