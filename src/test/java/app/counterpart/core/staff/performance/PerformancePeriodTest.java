package app.counterpart.core.staff.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.staff.performance.PerformancePeriod.Preset;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each preset's days, and the previous period each is compared with. */
class PerformancePeriodTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            TODAY,      2026-11-28, 2026-11-28, 2026-11-27, 2026-11-27
            THIS_WEEK,  2026-11-23, 2026-11-28, 2026-11-17, 2026-11-22
            THIS_MONTH, 2026-11-01, 2026-11-28, 2026-10-01, 2026-10-28
            LAST_MONTH, 2026-10-01, 2026-10-31, 2026-09-01, 2026-09-30
            """)
    void presetsAndTheirPreviousPeriods(Preset preset, LocalDate from, LocalDate to, LocalDate prevFrom,
            LocalDate prevTo) {
        PerformancePeriod p = PerformancePeriod.of(preset, LocalDate.of(2026, 11, 28));

        assertThat(p).isEqualTo(new PerformancePeriod(from, to));
        assertThat(p.previous()).isEqualTo(new PerformancePeriod(prevFrom, prevTo));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-03-01, 2026-03-31, 2026-02-01, 2026-02-28
            2026-03-01, 2026-03-30, 2026-02-01, 2026-02-28
            2026-03-10, 2026-03-19, 2026-02-28, 2026-03-09
            """)
    void customRanges(LocalDate from, LocalDate to, LocalDate prevFrom, LocalDate prevTo) {
        assertThat(new PerformancePeriod(from, to).previous()).isEqualTo(new PerformancePeriod(prevFrom, prevTo));
    }
}
