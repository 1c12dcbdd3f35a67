package app.counterpart.sync.client;

import java.time.Instant;

/**
 * What the Sync screen and the dashboard tile show. Read from the store, so it is the same after a
 * restart; {@code running} and {@code nextAttempt} come from the scheduler of this process.
 *
 * @param enrolled     whether this device has a head-office token
 * @param hqUrl        head office's address, or null before enrolment
 * @param shopName     the shop's name at head office, or null
 * @param deviceCode   this device's code (T1, T2, ...)
 * @param pending      outbox rows not yet acknowledged by head office
 * @param lastSuccess  the end of the last cycle that finished, or null
 * @param lastAttempt  the start of the last cycle, or null
 * @param lastError    a sentence about the last failure, null once a cycle finishes
 * @param failures     failures in a row since the last success (drives the backoff)
 * @param rejected     items head office refused for good, plus changes this device could not apply
 * @param nextAttempt  when the scheduler will try next, or null when it is not running
 * @param running      a cycle is under way
 */
public record SyncStatus(boolean enrolled, String hqUrl, String shopName, String deviceCode, long pending,
                         Instant lastSuccess, Instant lastAttempt, String lastError, int failures, long rejected,
                         Instant nextAttempt, boolean running) {
}
