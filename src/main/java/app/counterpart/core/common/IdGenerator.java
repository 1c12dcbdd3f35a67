package app.counterpart.core.common;

import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Client-generated UUIDv7 (RFC 9562): 48 bits of epoch milliseconds, then random bits, so ids sort
 * by creation time and two devices never need to agree on a counter.
 */
public final class IdGenerator {

    private final Clock clock;
    private final Random random;

    public IdGenerator(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    /** Secure randomness for live data; the demo generator passes a seeded Random for repeatability. */
    public static IdGenerator secure(Clock clock) {
        return new IdGenerator(clock, new java.security.SecureRandom());
    }

    public String next() {
        return next(clock.instant());
    }

    public String next(Instant at) {
        long millis = at.toEpochMilli();
        long randA;
        long randB;
        synchronized (random) {
            randA = random.nextInt(1 << 12);
            randB = random.nextLong();
        }
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }

    /** The creation instant encoded in a UUIDv7 string. */
    public static Instant instantOf(String uuidV7) {
        return Instant.ofEpochMilli(UUID.fromString(uuidV7).getMostSignificantBits() >>> 16);
    }
}
