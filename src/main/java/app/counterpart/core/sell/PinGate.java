package app.counterpart.core.sell;

import app.counterpart.core.staff.PinHasher;
import app.counterpart.core.staff.Staff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks PINs at the till. After {@link #MAX_FAILURES} wrong PINs in a row a person is locked out for
 * {@link #LOCKOUT}, so a four-digit PIN cannot be guessed by trying them all. The count lives in
 * memory: restarting the till is not a way around it in practice, since it costs longer than waiting.
 */
public final class PinGate {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, Integer> failures = new HashMap<>();
    private final Map<String, Instant> lockedUntil = new HashMap<>();

    public PinGate(Clock clock) {
        this.clock = clock;
    }

    /** Returns normally for the right PIN; otherwise says how many tries are left or how long the lock lasts. */
    public synchronized void check(Staff who, String pin) {
        Instant now = clock.instant();
        Instant until = lockedUntil.get(who.id());
        if (until != null && now.isBefore(until)) {
            long minutes = Math.max(1, Duration.between(now, until).toSeconds() / 60 + 1);
            throw new SellException(SellException.Problem.PIN_LOCKED, who.name(), minutes);
        }
        if (!who.active() || !PinHasher.matches(pin, who.pinHash())) {
            int n = failures.merge(who.id(), 1, Integer::sum);
            if (n >= MAX_FAILURES) {
                failures.remove(who.id());
                lockedUntil.put(who.id(), now.plus(LOCKOUT));
                throw new SellException(SellException.Problem.PIN_LOCKED, who.name(), LOCKOUT.toMinutes());
            }
            throw new SellException(SellException.Problem.PIN_WRONG, MAX_FAILURES - n);
        }
        failures.remove(who.id());
        lockedUntil.remove(who.id());
    }
}
