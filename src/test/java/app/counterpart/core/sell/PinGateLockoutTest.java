package app.counterpart.core.sell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.staff.PinHasher;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The lockout says whose PIN is locked and for how long, counting down in whole minutes rounded up. */
class PinGateLockoutTest {

    static final Staff LI_NA = new Staff("s1", "S01", "Li Na", "李娜", Role.CASHIER, StaffKind.EMPLOYEE,
            new PinHasher(1_000, new Random(1)).hash("2468"), null, null, true);

    @Property
    void minutesLeftAreRoundedUpAndNeverZero(@ForAll @LongRange(min = 1, max = 300_000) long millisLeft) {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        long minutes = PinGate.minutesLeft(now, now.plusMillis(millisLeft));
        assertThat(minutes).isBetween(1L, 5L);
        assertThat(Duration.ofMinutes(minutes).toMillis()).isGreaterThanOrEqualTo(millisLeft - 999);
        assertThat(Duration.ofMinutes(minutes - 1).toMillis()).isLessThan(millisLeft);
    }

    @Test
    void theLockMessageNamesThePersonAndTheMinutesLeft() {
        MovableClock clock = new MovableClock();
        PinGate gate = new PinGate(clock);
        for (int i = 1; i < PinGate.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> gate.check(LI_NA, "0000")).hasMessage("PIN_WRONG [" + (PinGate.MAX_FAILURES - i) + "]");
        }
        assertThatThrownBy(() -> gate.check(LI_NA, "0000")).hasMessage("PIN_LOCKED [Li Na, 5]");

        clock.now = clock.now.plusSeconds(50);
        assertThatThrownBy(() -> gate.check(LI_NA, "2468")).hasMessage("PIN_LOCKED [Li Na, 5]");
        clock.now = clock.now.plusSeconds(20);
        assertThatThrownBy(() -> gate.check(LI_NA, "2468")).hasMessage("PIN_LOCKED [Li Na, 4]");
        clock.now = clock.now.plus(PinGate.LOCKOUT);
        gate.check(LI_NA, "2468");
    }

    @Test
    void aLockKeptElsewhereHoldsInANewGateAndTheRightPinLaterLiftsIt() {
        MovableClock clock = new MovableClock();
        Map<String, Instant> kept = new HashMap<>();
        PinLockouts store = new PinLockouts() {
            @Override
            public Map<String, Instant> lockedUntil(Instant now) {
                return Map.copyOf(kept);
            }

            @Override
            public void lock(String staffId, Instant until, int failures) {
                kept.put(staffId, until);
            }

            @Override
            public void unlock(String staffId) {
                kept.remove(staffId);
            }
        };
        PinGate first = new PinGate(clock, store);
        for (int i = 0; i < PinGate.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> first.check(LI_NA, "1111")).isInstanceOf(SellException.class);
        }

        PinGate afterRestart = new PinGate(clock, store);
        clock.now = clock.now.plusSeconds(60);
        assertThatThrownBy(() -> afterRestart.check(LI_NA, "2468")).hasMessage("PIN_LOCKED [Li Na, 4]");
        clock.now = clock.now.plus(PinGate.LOCKOUT);
        afterRestart.check(LI_NA, "2468");
        assertThat(kept).isEmpty();
    }

    static final class MovableClock extends java.time.Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
