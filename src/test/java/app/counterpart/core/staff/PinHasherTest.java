package app.counterpart.core.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinHasherTest {

    private final PinHasher hasher = new PinHasher(1000, new Random(1));

    @Test
    void matchesTheRightPin() {
        assertTrue(PinHasher.matches("1234", hasher.hash("1234")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1235", "4321", "12345", "123", ""})
    void rejectsAWrongPin(String wrong) {
        assertFalse(PinHasher.matches(wrong, hasher.hash("1234")));
    }

    @Test
    void twoHashesOfSamePinDifferBySalt() {
        String first = hasher.hash("1234");
        String second = hasher.hash("1234");
        assertNotEquals(first, second);
        assertTrue(PinHasher.matches("1234", first) && PinHasher.matches("1234", second));
    }

    @Test
    void hashRecordsAlgorithmAndIterations() {
        assertTrue(hasher.hash("1234").startsWith("pbkdf2-sha256$1000$"));
    }

    @Test
    void matchesUsesIterationCountStoredWithTheHash() {
        String stored = new PinHasher(2000, new Random(2)).hash("2345");
        assertTrue(PinHasher.matches("2345", stored));
        assertFalse(PinHasher.matches("2345", stored.replace("$2000$", "$1000$")));
    }

    @Test
    void tamperedHashDoesNotMatch() {
        String stored = hasher.hash("1234");
        char last = stored.charAt(stored.length() - 1);
        String tampered = stored.substring(0, stored.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertFalse(PinHasher.matches("1234", tampered));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "1234",
        "not a hash",
        "pbkdf2-sha256",
        "pbkdf2-sha256$1000$c2FsdA",
        "pbkdf2-sha256$1000$c2FsdA$aGFzaA$extra",
        "md5$1000$c2FsdA$aGFzaA",
    })
    void malformedStoredStringDoesNotMatch(String stored) {
        assertFalse(PinHasher.matches("1234", stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pbkdf2-sha256$many$c2FsdA$aGFzaA",
        "pbkdf2-sha256$0$c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$$aGFzaA",
        "pbkdf2-sha256$1000$not*base64$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdA$not*base64",
    })
    void storedStringWithMalformedPartsDoesNotMatch(String stored) {
        assertFalse(PinHasher.matches("1234", stored));
    }

    @Test
    void secureHasherUsesDefaultIterationsAndMatches() {
        String stored = PinHasher.secure().hash("2580");
        assertTrue(stored.startsWith("pbkdf2-sha256$" + PinHasher.DEFAULT_ITERATIONS + "$"));
        assertTrue(PinHasher.matches("2580", stored));
    }
}
