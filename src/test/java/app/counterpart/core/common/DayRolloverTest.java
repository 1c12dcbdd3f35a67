package app.counterpart.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The care rules run again when the shop's business day changes: at the cut-off hour, not at midnight. */
class DayRolloverTest {

    @Test
    void theFirstQuestionAndEachNewBusinessDayAnswerYes() {
        // 22:00 in Shanghai; the shop's day turns at 04:00
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T14:00:00Z"));
        DayRollover days = new DayRollover(new BusinessCalendar(ZoneId.of("Asia/Shanghai"), 4), clock);

        assertThat(days.rolledOver()).as("at start").isTrue();
        assertThat(days.rolledOver()).as("a minute later, same day").isFalse();
        clock.advance(Duration.ofHours(4));
        assertThat(days.rolledOver()).as("02:00, still the same business day").isFalse();
        clock.advance(Duration.ofHours(2));
        assertThat(days.rolledOver()).as("04:00, the next business day").isTrue();
        assertThat(days.rolledOver()).isFalse();
    }
}
