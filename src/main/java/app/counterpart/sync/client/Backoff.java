package app.counterpart.sync.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after {@code n} failures in a row, wait a random time in
 * [0, min(15 min, 5 s × 2^n)). The randomness spreads the tills of many shops that lost head office
 * at the same moment, so they do not all come back at the same second.
 */
public final class Backoff {

    public static final Duration BASE = Duration.ofSeconds(5);
    public static final Duration CAP = Duration.ofMinutes(15);

    private Backoff() {
    }

    /** The upper bound (exclusive) of the wait after {@code failures} failures in a row. */
    public static Duration ceiling(int failures) {
        int doublings = Math.max(0, Math.min(failures, 30));
        long millis = Math.min(CAP.toMillis(), BASE.toMillis() << doublings);
        return Duration.ofMillis(millis);
    }

    public static Duration delay(int failures, RandomGenerator random) {
        return Duration.ofMillis(random.nextLong(ceiling(failures).toMillis()));
    }
}
