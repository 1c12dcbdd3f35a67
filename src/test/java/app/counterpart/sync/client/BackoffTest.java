package app.counterpart.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,    5
            1,   10
            2,   20
            3,   40
            7,  640
            8,  900
            9,  900
            64, 900
            """)
    void theCeilingDoublesWithEachFailureUpToFifteenMinutes(int failures, long seconds) {
        assertThat(Backoff.ceiling(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Property
    void theDelayIsAtLeastZeroAndBelowTheCeiling(@ForAll @IntRange(min = 0, max = 1_000) int failures,
            @ForAll long seed) {
        Duration delay = Backoff.delay(failures, new SplittableRandom(seed));
        assertThat(delay).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(Backoff.ceiling(failures));
    }

    @Property(tries = 50)
    void delaysSpreadOverTheWholeRange(@ForAll @IntRange(min = 1, max = 8) int failures, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long ceiling = Backoff.ceiling(failures).toMillis();
        long low = 0;
        long high = 0;
        for (int i = 0; i < 400; i++) {
            long d = Backoff.delay(failures, random).toMillis();
            low += d < ceiling / 4 ? 1 : 0;
            high += d >= ceiling * 3 / 4 ? 1 : 0;
        }
        // Full jitter: a quarter of the waits in each outer quarter, give or take.
        assertThat(low).isBetween(50L, 150L);
        assertThat(high).isBetween(50L, 150L);
    }
}
