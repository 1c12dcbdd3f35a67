package app.counterpart.core.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A business day is a shop-local date that starts at the cut-off hour, so a sale at 01:30 after a late
 * evening still counts for the previous day.
 */
public record BusinessCalendar(ZoneId zone, int cutoffHour) {

    public BusinessCalendar {
        if (cutoffHour < 0 || cutoffHour > 23) {
            throw new IllegalArgumentException("cut-off hour must be 0..23: " + cutoffHour);
        }
    }

    public LocalDate businessDay(Instant instant) {
        // Wall-clock hours, not elapsed ones: on a daylight-saving night the cut-off stays at its hour.
        return instant.atZone(zone).toLocalDateTime().minusHours(cutoffHour).toLocalDate();
    }

    /** The shop-local wall-clock hour of an instant (0..23), used for hourly curves. */
    public int hour(Instant instant) {
        return instant.atZone(zone).getHour();
    }

    /** First instant of a business day (cut-off on that date, shop time; DST gaps resolve forward). */
    public Instant start(LocalDate day) {
        return ZonedDateTime.of(day.atTime(cutoffHour, 0), zone).toInstant();
    }

    /** First instant after a business day. */
    public Instant end(LocalDate day) {
        return start(day.plusDays(1));
    }
}
