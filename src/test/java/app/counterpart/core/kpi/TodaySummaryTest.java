package app.counterpart.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TodaySummaryTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-05-10");

    private static TodaySummary summary(long todayRevenue, long lastWeekByNow) {
        DayFigures today = new DayFigures(TODAY, 3, 0, 0, todayRevenue, 0, 0, 0, 3);
        return new TodaySummary(today, lastWeekByNow, DayFigures.empty(TODAY.minusWeeks(1)));
    }

    @ParameterizedTest(name = "{0} against {1} is {2} %")
    @CsvSource(textBlock = """
            # today, last week by now, change %
              1500,  1000,              50.0
              750,   1000,             -25.0
              1000,  1000,               0.0
              0,     1000,            -100.0
              -200,  1000,            -120.0
            """)
    void revenueChangeIsPercentOfLastWeekByNow(long today, long lastWeekByNow, double expected) {
        assertEquals(expected, summary(today, lastWeekByNow).revenueChangePercent(), 1e-9);
    }

    @Test
    void revenueChangeIsAbsentWhenLastWeekHadNothingByNow() {
        assertNull(summary(1500, 0).revenueChangePercent());
    }
}
