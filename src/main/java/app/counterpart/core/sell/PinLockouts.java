package app.counterpart.core.sell;

import java.time.Instant;
import java.util.Map;

/**
 * Where PIN lockouts are kept beyond the running app, so closing and reopening the app is no way
 * around a lockout; a lock is audited ("pin.locked") where it is stored.
 */
public interface PinLockouts {

    /** Keeps nothing: lockouts last as long as the app runs. */
    PinLockouts NONE = new PinLockouts() {
        @Override
        public Map<String, Instant> lockedUntil(Instant now) {
            return Map.of();
        }

        @Override
        public void lock(String staffId, Instant until, int failures) {
        }

        @Override
        public void unlock(String staffId) {
        }
    };

    /** Lockouts still running at {@code now}, by staff id. */
    Map<String, Instant> lockedUntil(Instant now);

    void lock(String staffId, Instant until, int failures);

    void unlock(String staffId);
}
