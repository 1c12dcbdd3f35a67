package app.counterpart.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdGeneratorTest {

    private static final Instant T = Instant.parse("2024-05-10T02:15:30.123456789Z");

    private static IdGenerator seeded(long seed) {
        return new IdGenerator(Clock.fixed(T, ZoneOffset.UTC), new Random(seed));
    }

    @Test
    void idIsUuidVersion7WithRfcVariant() {
        UUID id = UUID.fromString(seeded(1).next(T));
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void secureGeneratorAlsoMakesVersion7Ids() {
        UUID id = UUID.fromString(IdGenerator.secure(Clock.systemUTC()).next());
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-10T02:15:30.123456789Z", "1970-01-01T00:00:00Z", "2024-01-01T00:00:00.999Z",
            "9999-12-31T23:59:59.999999Z"})
    void instantOfGivesCreationInstantTruncatedToMillis(String instant) {
        Instant t = Instant.parse(instant);
        assertEquals(t.truncatedTo(ChronoUnit.MILLIS), IdGenerator.instantOf(seeded(3).next(t)));
    }

    @Test
    void nextWithoutInstantUsesTheClock() {
        assertEquals(T.truncatedTo(ChronoUnit.MILLIS), IdGenerator.instantOf(seeded(4).next()));
    }

    @Test
    void sameSeedAndInstantGiveSameId() {
        assertEquals(seeded(42).next(T), seeded(42).next(T));
    }

    @Test
    void differentSeedsGiveDifferentIds() {
        assertNotEquals(seeded(42).next(T), seeded(43).next(T));
    }

    @Test
    void successiveIdsAtSameInstantDiffer() {
        IdGenerator ids = seeded(5);
        assertNotEquals(ids.next(T), ids.next(T));
    }

    @Property
    void idsMadeAtLaterInstantsSortLaterAsStrings(
            @ForAll @LongRange(min = 0, max = 253_402_300_799_000L) long millis,
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long laterBy,
            @ForAll long seed) {
        IdGenerator ids = new IdGenerator(Clock.systemUTC(), new Random(seed));
        String earlier = ids.next(Instant.ofEpochMilli(millis));
        String later = ids.next(Instant.ofEpochMilli(millis + laterBy));
        assertTrue(earlier.compareTo(later) < 0, () -> earlier + " should sort before " + later);
    }
}
