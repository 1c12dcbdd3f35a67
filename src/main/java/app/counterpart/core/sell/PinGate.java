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
 * {@link #LOCKOUT}, so a four-digit PIN cannot be guessed by trying them all. The count of wrong tries
 * lives in memory; a lockout is also kept in {@link PinLockouts} (the store), so restarting the app does
 * not lift it. The message says whose PIN is locked and for how many minutes, rounded up.
 */
public final class PinGate {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, Integer> failures = new HashMap<>();
    private final Map<String, Instant> lockedUntil = new HashMap<>();
    private final PinLockouts kept;
    private boolean loaded;

    /** Lockouts in memory only. */
    public PinGate(Clock clock) {
        this(clock, PinLockouts.NONE);
    }

    public PinGate(Clock clock, PinLockouts kept) {
        this.clock = clock;
        this.kept = kept;
    }

    /** Returns normally for the right PIN; otherwise says how many tries are left or how long the lock lasts. */
    public synchronized void check(Staff who, String pin) {
        Instant now = clock.instant();
        if (!loaded) {
            // Read on first use, off the FX thread like every check, rather than while the app is wired.
            lockedUntil.putAll(kept.lockedUntil(now));
            loaded = true;
        }
        Instant until = lockedUntil.get(who.id());
        if (until != null && now.isBefore(until)) {
            throw new SellException(SellException.Problem.PIN_LOCKED, who.name(), minutesLeft(now, until));
        }
        if (!who.active() || !PinHasher.matches(pin, who.pinHash())) {
            int n = failures.merge(who.id(), 1, Integer::sum);
            if (n >= MAX_FAILURES) {
                failures.remove(who.id());
                lockedUntil.put(who.id(), now.plus(LOCKOUT));
                kept.lock(who.id(), now.plus(LOCKOUT), n);
                throw new SellException(SellException.Problem.PIN_LOCKED, who.name(), LOCKOUT.toMinutes());
            }
            throw new SellException(SellException.Problem.PIN_WRONG, MAX_FAILURES - n);
        }
        failures.remove(who.id());
        if (lockedUntil.remove(who.id()) != null) {
            kept.unlock(who.id());
        }
    }

    /** Whole minutes left, rounded up: "4 min" while 3 min 10 s remain, never 0 while locked. */
    static long minutesLeft(Instant now, Instant until) {
        long seconds = Duration.between(now, until).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
