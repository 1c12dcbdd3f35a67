package app.counterpart.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpart.core.common.BusinessCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(SHANGHAI, 4);
    /** Friday 2024-05-10 at 10:15 shop time. */
    private static final String FRIDAY_MORNING = "2024-05-10T10:15+08:00";
    private static final LocalDate FRIDAY = LocalDate.parse("2024-05-10");
    private static final LocalDate FRIDAY_BEFORE = LocalDate.parse("2024-05-03");

    /** Rollups held in memory; days and hours without sales are simply absent. */
    private static final class InMemoryKpiRepository implements KpiRepository {
        final TreeMap<LocalDate, DayFigures> days = new TreeMap<>();
        final Map<LocalDate, long[]> hours = new HashMap<>();

        InMemoryKpiRepository add(DayFigures figures) {
            days.put(figures.day(), figures);
            return this;
        }

        InMemoryKpiRepository hours(LocalDate day, long[] revenueByHour) {
            hours.put(day, revenueByHour.clone());
            return this;
        }

        @Override
        public List<DayFigures> days(LocalDate from, LocalDate to) {
            return new ArrayList<>(days.subMap(from, true, to, true).values());
        }

        @Override
        public long[] hourlyRevenue(LocalDate day) {
            return hours.getOrDefault(day, new long[24]).clone();
        }

        @Override
        public long[] hourlySales(LocalDate day) {
            return new long[24];
        }

        @Override
        public CustomerMix customerMix(LocalDate from, LocalDate to) {
            return new CustomerMix(0, 0, 0);
        }

        @Override
        public int careTasksDue(LocalDate today) {
            return 0;
        }

        @Override
        public int unsyncedChanges() {
            return 0;
        }
    }

    private static KpiService service(KpiRepository repository, String now) {
        return new KpiService(repository, CALENDAR, Clock.fixed(OffsetDateTime.parse(now).toInstant(), SHANGHAI));
    }

    private static DayFigures revenue(LocalDate day, long revenueMinor) {
        return new DayFigures(day, 10, 0, 0, revenueMinor, 0, 0, 0, 12);
    }

    private static long[] everyHour(long amount) {
        long[] hours = new long[24];
        Arrays.fill(hours, amount);
        return hours;
    }

    private static long[] onlyHour(int hour, long amount) {
        long[] hours = new long[24];
        hours[hour] = amount;
        return hours;
    }

    @Test
    void todayIsBusinessDayOfTheClock() {
        assertEquals(FRIDAY, service(new InMemoryKpiRepository(), "2024-05-11T01:30+08:00").today());
    }

    @Test
    void todaySummaryComparesWithSameWeekdayLastWeek() {
        InMemoryKpiRepository repository = new InMemoryKpiRepository()
                .add(revenue(FRIDAY, 5000))
                .add(revenue(FRIDAY_BEFORE, 8000))
                .add(revenue(FRIDAY.minusDays(1), 7000));
        TodaySummary summary = service(repository, FRIDAY_MORNING).todaySummary();
        assertEquals(revenue(FRIDAY, 5000), summary.today());
        assertEquals(revenue(FRIDAY_BEFORE, 8000), summary.sameWeekdayLastWeek());
    }

    @Test
    void todaySummaryGivesEmptyFiguresForDaysWithoutSales() {
        TodaySummary summary = service(new InMemoryKpiRepository(), FRIDAY_MORNING).todaySummary();
        assertEquals(DayFigures.empty(FRIDAY), summary.today());
        assertEquals(DayFigures.empty(FRIDAY_BEFORE), summary.sameWeekdayLastWeek());
        assertEquals(0, summary.lastWeekByNowMinor());
    }

    /** Last week earned 600 in every hour, 10 a minute, so by now it earned 10 x minutes since the cut-off. */
    @ParameterizedTest(name = "at {0} last week had earned {1}")
    @CsvSource(textBlock = """
            # now (shop time),          last week by now
              2024-05-10T04:00+08:00,       0
              2024-05-10T04:30+08:00,     300
              2024-05-10T05:00+08:00,     600
              2024-05-10T10:15+08:00,    3750
              2024-05-10T23:59+08:00,   11990
              2024-05-11T00:00+08:00,   12000
              2024-05-11T02:30+08:00,   13500
              2024-05-11T03:59+08:00,   14390
            """)
    void lastWeekByNowCountsPassedHoursFullyAndCurrentHourByMinutes(String now, long expected) {
        InMemoryKpiRepository repository = new InMemoryKpiRepository().hours(FRIDAY_BEFORE, everyHour(600));
        assertEquals(expected, service(repository, now).todaySummary().lastWeekByNowMinor());
    }

    @ParameterizedTest(name = "at {1} last week''s hour {0} counts {3} of {2}")
    @CsvSource(textBlock = """
            # hour with sales, now (shop time),       revenue in that hour, counted by now
                            9, 2024-05-10T10:15+08:00, 600,                  600
                           10, 2024-05-10T10:15+08:00, 600,                  150
                           11, 2024-05-10T10:15+08:00, 600,                    0
                            3, 2024-05-10T10:15+08:00, 600,                    0
                            2, 2024-05-11T03:30+08:00, 600,                  600
                            3, 2024-05-11T03:30+08:00, 600,                  300
                           23, 2024-05-11T03:30+08:00, 600,                  600
            """)
    void lastWeekByNowTakesHoursOfTheBusinessDayInShopTime(int hour, String now, long revenue, long expected) {
        InMemoryKpiRepository repository = new InMemoryKpiRepository().hours(FRIDAY_BEFORE, onlyHour(hour, revenue));
        assertEquals(expected, service(repository, now).todaySummary().lastWeekByNowMinor());
    }

    @Test
    void recentDaysFillsMissingDaysWithEmptyFiguresOldestFirst() {
        InMemoryKpiRepository repository = new InMemoryKpiRepository()
                .add(revenue(FRIDAY.minusDays(2), 300))
                .add(revenue(FRIDAY, 500))
                .add(revenue(FRIDAY.minusDays(9), 999));
        List<DayFigures> days = service(repository, FRIDAY_MORNING).recentDays(5);
        assertEquals(List.of(
                DayFigures.empty(FRIDAY.minusDays(4)),
                DayFigures.empty(FRIDAY.minusDays(3)),
                revenue(FRIDAY.minusDays(2), 300),
                DayFigures.empty(FRIDAY.minusDays(1)),
                revenue(FRIDAY, 500)), days);
    }

    @Test
    void recentDaysEndsAtBusinessDayNotCalendarDay() {
        List<DayFigures> days = service(new InMemoryKpiRepository(), "2024-05-11T01:30+08:00").recentDays(1);
        assertEquals(List.of(DayFigures.empty(FRIDAY)), days);
    }
}
