package app.counterpart.core.kpi;

import app.counterpart.core.common.BusinessCalendar;
import java.time.Instant;

/** How much of a day's hourly figures had come in by a given moment of the business day. */
final class SoFar {

    private SoFar() {
    }

    /**
     * Sums the hours of a business day from the cut-off up to the hour {@code now} falls in, that hour
     * counted by the share of it that has passed. {@code hourly} is indexed by wall-clock hour 0..23.
     */
    static long upTo(long[] hourly, BusinessCalendar calendar, Instant now) {
        int hour = calendar.hour(now);
        int position = Math.floorMod(hour - calendar.cutoffHour(), 24);
        long sum = 0;
        for (int k = 0; k < position; k++) {
            sum += hourly[(calendar.cutoffHour() + k) % 24];
        }
        double passed = now.atZone(calendar.zone()).getMinute() / 60.0;
        return sum + Math.round(hourly[hour] * passed);
    }
}
