package app.counterpart.core.goals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How often a goal starts again: each business day, or each ISO week (Monday to Sunday). */
public enum Cadence {
    DAILY, WEEKLY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Cadence ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The first business day of the period that contains {@code day}. */
    public LocalDate start(LocalDate day) {
        return this == DAILY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last business day of the period that contains {@code day}. */
    public LocalDate end(LocalDate day) {
        return this == DAILY ? day : start(day).plusDays(6);
    }

    /** The period's name as badges record it: "2026-11-28" or "2026-W48". */
    public String periodKey(LocalDate day) {
        if (this == DAILY) {
            return day.toString();
        }
        return weekKey(day);
    }

    public static String weekKey(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
