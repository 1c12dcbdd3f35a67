package app.counterpart.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayFiguresTest {

    private static final LocalDate DAY = LocalDate.parse("2024-05-10");

    @ParameterizedTest(name = "{1} over {0} sales averages {2}")
    @CsvSource(textBlock = """
            # sales, revenue, average ticket
              4,     1000,    250
              3,     1000,    333
              3,     2000,    667
              0,     0,       0
              0,     -500,    0
            """)
    void averageTicketIsRevenuePerSaleRounded(int sales, long revenue, long expected) {
        assertEquals(expected, new DayFigures(DAY, sales, 0, 0, revenue, 0, 0, 0, 0).averageTicketMinor());
    }

    @Test
    void emptyDayHasOnlyItsDate() {
        assertEquals(new DayFigures(DAY, 0, 0, 0, 0, 0, 0, 0, 0), DayFigures.empty(DAY));
    }
}
