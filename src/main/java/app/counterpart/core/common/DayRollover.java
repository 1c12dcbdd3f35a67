package app.counterpart.core.common;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Notices when the shop's business day changes (at the cut-off hour, not at midnight). The first
 * question after start answers yes: a new run of the program is as good as a new day.
 */
public final class DayRollover {

    private final BusinessCalendar calendar;
    private final Clock clock;
    private LocalDate seen;

    public DayRollover(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Whether the business day is another one than at the last call. */
    public synchronized boolean rolledOver() {
        LocalDate today = calendar.businessDay(clock.instant());
        boolean changed = !today.equals(seen);
        seen = today;
        return changed;
    }
}
