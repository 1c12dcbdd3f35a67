package app.counterpart.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void saleAtOneThirtyBelongsToPreviousBusinessDay() {
        BusinessCalendar calendar = new BusinessCalendar(SHANGHAI, 4);
        assertEquals(LocalDate.parse("2024-05-09"), calendar.businessDay(at("2024-05-10T01:30+08:00")));
    }

    @ParameterizedTest(name = "{0} with cut-off {1} is {2}")
    @CsvSource(textBlock = """
            # shop time,                 cut-off, business day
              2024-05-10T00:00+08:00,    4,       2024-05-09
              2024-05-10T03:59:59+08:00, 4,       2024-05-09
              2024-05-10T04:00+08:00,    4,       2024-05-10
              2024-05-10T12:00+08:00,    4,       2024-05-10
              2024-05-10T23:59:59+08:00, 4,       2024-05-10
              2024-05-11T03:59:59+08:00, 4,       2024-05-10
              2024-05-10T00:00+08:00,    0,       2024-05-10
              2024-05-10T23:59:59+08:00, 0,       2024-05-10
              2024-05-10T22:59:59+08:00, 23,      2024-05-09
              2024-05-10T23:00+08:00,    23,      2024-05-10
              2025-01-01T02:00+08:00,    4,       2024-12-31
              2024-03-01T01:00+08:00,    4,       2024-02-29
            """)
    void businessDayTurnsOverAtCutoffHour(String shopTime, int cutoff, LocalDate expected) {
        assertEquals(expected, new BusinessCalendar(SHANGHAI, cutoff).businessDay(at(shopTime)));
    }

    /** Rows where wall-clock time and elapsed time agree, so they hold with or without DST handling. */
    @ParameterizedTest(name = "Berlin {0} with cut-off 4 is {1}")
    @CsvSource(textBlock = """
            # shop time (with the offset in force), business day
              2024-03-31T01:30+01:00,               2024-03-30
              2024-03-31T03:30+02:00,               2024-03-30
              2024-03-31T05:00+02:00,               2024-03-31
              2024-04-01T03:59+02:00,               2024-03-31
              2024-04-01T04:00+02:00,               2024-04-01
              2024-10-27T02:30+02:00,               2024-10-26
              2024-10-27T02:30+01:00,               2024-10-26
              2024-10-27T04:00+01:00,               2024-10-27
              2024-10-28T03:59+01:00,               2024-10-27
            """)
    void businessDayOnDstChangeNightsAwayFromCutoff(String shopTime, LocalDate expected) {
        assertEquals(expected, new BusinessCalendar(BERLIN, 4).businessDay(at(shopTime)));
    }

    @ParameterizedTest(name = "Berlin {0} with cut-off 4 is {1}")
    @CsvSource(textBlock = """
            # shop time (with the offset in force), business day
              2024-03-31T04:00+02:00,               2024-03-31
              2024-03-31T04:59+02:00,               2024-03-31
              2024-10-27T03:30+01:00,               2024-10-26
              2024-10-27T03:59+01:00,               2024-10-26
            """)
    void businessDayFollowsWallClockCutoffOnDstChangeDay(String shopTime, LocalDate expected) {
        assertEquals(expected, new BusinessCalendar(BERLIN, 4).businessDay(at(shopTime)));
    }

    @ParameterizedTest(name = "{0} cut-off {1}: {2} starts at {3}")
    @CsvSource(textBlock = """
            # zone,          cut-off, day,        first instant
              Asia/Shanghai, 4,       2024-05-10, 2024-05-09T20:00:00Z
              Asia/Shanghai, 0,       2024-05-10, 2024-05-09T16:00:00Z
              Europe/Berlin, 4,       2024-03-30, 2024-03-30T03:00:00Z
              Europe/Berlin, 4,       2024-03-31, 2024-03-31T02:00:00Z
              Europe/Berlin, 2,       2024-03-31, 2024-03-31T01:00:00Z
              Europe/Berlin, 2,       2024-10-27, 2024-10-27T00:00:00Z
              Europe/Berlin, 0,       2024-10-27, 2024-10-26T22:00:00Z
            """)
    void startIsCutoffHourInShopTime(String zone, int cutoff, LocalDate day, Instant expected) {
        assertEquals(expected, new BusinessCalendar(ZoneId.of(zone), cutoff).start(day));
    }

    @ParameterizedTest(name = "{0} cut-off {1}: end of {2} is start of next day")
    @CsvSource(textBlock = """
              Asia/Shanghai, 4, 2024-05-10
              Asia/Shanghai, 4, 2024-12-31
              Europe/Berlin, 4, 2024-03-30
              Europe/Berlin, 4, 2024-03-31
              Europe/Berlin, 2, 2024-03-30
              Europe/Berlin, 4, 2024-10-26
              Europe/Berlin, 0, 2024-02-28
            """)
    void endOfDayIsStartOfNextDay(String zone, int cutoff, LocalDate day) {
        BusinessCalendar calendar = new BusinessCalendar(ZoneId.of(zone), cutoff);
        assertEquals(calendar.start(day.plusDays(1)), calendar.end(day));
    }

    @ParameterizedTest(name = "Berlin cut-off 4: {0} lasts {1} h")
    @CsvSource(textBlock = """
              2024-03-29, 24
              2024-03-30, 23
              2024-10-26, 25
              2024-10-27, 24
            """)
    void businessDayLengthFollowsDstChanges(LocalDate day, long hours) {
        BusinessCalendar calendar = new BusinessCalendar(BERLIN, 4);
        assertEquals(Duration.ofHours(hours), Duration.between(calendar.start(day), calendar.end(day)));
    }

    @ParameterizedTest(name = "{0} is hour {1} in Berlin")
    @CsvSource(textBlock = """
              2024-03-31T00:59:59Z, 1
              2024-03-31T01:00:00Z, 3
              2024-10-27T00:30:00Z, 2
              2024-10-27T01:30:00Z, 2
              2024-10-27T02:00:00Z, 3
            """)
    void hourIsShopWallClockHour(Instant instant, int expected) {
        assertEquals(expected, new BusinessCalendar(BERLIN, 4).hour(instant));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 24, 100})
    void rejectsCutoffOutsideDay(int cutoff) {
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(SHANGHAI, cutoff));
    }

    @Property
    void dayWithoutDstRunsFromStartUpToEnd(
            @ForAll @LongRange(min = 18_000, max = 22_000) long epochDay,
            @ForAll @IntRange(min = 0, max = 23) int cutoff) {
        BusinessCalendar calendar = new BusinessCalendar(SHANGHAI, cutoff);
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        assertEquals(day, calendar.businessDay(calendar.start(day)));
        assertEquals(day, calendar.businessDay(calendar.end(day).minusNanos(1)));
    }

    @Property
    void daysAroundDstChangeRunFromStartUpToEnd(
            @ForAll @IntRange(min = 2000, max = 2040) int year,
            @ForAll @IntRange(min = 0, max = 1) int whichChange,
            @ForAll @IntRange(min = 0, max = 23) int cutoff) {
        BusinessCalendar calendar = new BusinessCalendar(BERLIN, cutoff);
        ZoneOffsetTransition change = BERLIN.getRules().nextTransition(Instant.parse(year + "-01-01T00:00:00Z"));
        if (whichChange == 1) {
            change = BERLIN.getRules().nextTransition(change.getInstant());
        }
        LocalDate changeDate = change.getDateTimeBefore().toLocalDate();
        for (LocalDate day : List.of(changeDate.minusDays(1), changeDate)) {
            assertEquals(day, calendar.businessDay(calendar.start(day)), () -> "start of " + day);
            assertEquals(day, calendar.businessDay(calendar.end(day).minusNanos(1)), () -> "end of " + day);
        }
    }
}
