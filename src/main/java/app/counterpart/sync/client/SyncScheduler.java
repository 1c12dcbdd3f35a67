package app.counterpart.sync.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Runs sync cycles on a thread of its own: every interval while cycles succeed, after a backoff with
 * full jitter while they fail ({@link Backoff}), whether or not anything new was written, and at once
 * on "sync now". Nothing runs while the device is not enrolled; the scheduler only looks again each
 * interval. Until {@link #start()} (the command line never starts it) calls run on the caller's thread.
 */
public final class SyncScheduler implements SyncService, AutoCloseable {

    private static final System.Logger LOG = System.getLogger("app.counterpart.sync");

    private final SyncEngine engine;
    private final Supplier<Duration> interval;
    private final Clock clock;
    private final RandomGenerator random;
    private volatile ScheduledExecutorService thread;
    /** The next timed run; touched only on the scheduler's thread. */
    private ScheduledFuture<?> next;
    private volatile Instant nextAttempt;
    /** Failures in a row as the last cycle left them, for when the store itself cannot be read. */
    private int failures;

    /** @param interval read before each wait, so a changed setting applies from the next cycle */
    public SyncScheduler(SyncEngine engine, Supplier<Duration> interval, Clock clock, RandomGenerator random) {
        this.engine = engine;
        this.interval = interval;
        this.clock = clock;
        this.random = random;
    }

    /** Starts the timer with a first look at once. Calling it again does nothing. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "counterpart-sync");
            t.setDaemon(true);
            return t;
        });
        thread.execute(this::tick);
    }

    /** One timed run: a cycle when enrolled, then the wait until the next one. */
    private void tick() {
        Duration wait;
        try {
            if (!engine.enrolled()) {
                wait = interval.get();
            } else {
                SyncEngine.Cycle cycle = engine.cycle();
                failures = cycle.ok() ? 0 : Math.max(1, cycle.status().failures());
                wait = cycle.ok() ? interval.get() : Backoff.delay(failures, random);
            }
        } catch (RuntimeException e) {
            // The store itself failed (or the app is closing): try again later like any failed cycle.
            LOG.log(System.Logger.Level.WARNING, "sync cycle failed", e);
            failures++;
            wait = Backoff.delay(failures, random);
        }
        plan(wait);
    }

    private void plan(Duration wait) {
        if (thread.isShutdown()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        nextAttempt = clock.instant().plus(wait);
        next = thread.schedule(this::tick, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a cycle at once on the scheduler's thread (after the one under way) and waits for it; the
     * timer then starts over from it.
     */
    @Override
    public SyncStatus syncNow() {
        ScheduledExecutorService running = thread;
        if (running == null) {
            return engine.syncNow();
        }
        try {
            running.submit(this::tick).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "sync now failed", e.getCause());
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: the app is shutting down.
        }
        return status();
    }

    /** Enrols, then (when started) syncs at once rather than at the end of the current wait. */
    @Override
    public SyncStatus enrol(URI hqUrl, String code) throws SyncException {
        engine.enrol(hqUrl, code);
        ScheduledExecutorService running = thread;
        if (running != null && !running.isShutdown()) {
            running.execute(this::tick);
        }
        return status();
    }

    @Override
    public SyncStatus status() {
        SyncStatus s = engine.status();
        Instant planned = thread != null && s.enrolled() ? nextAttempt : null;
        return new SyncStatus(s.enrolled(), s.hqUrl(), s.shopName(), s.deviceCode(), s.pending(), s.lastSuccess(),
                s.lastAttempt(), s.lastError(), s.failures(), s.rejected(), planned, s.running());
    }

    @Override
    public List<RejectedItem> rejected(int limit) {
        return engine.rejected(limit);
    }

    /** Stops the timer; a cycle under way finishes its transaction first (up to 5 seconds). */
    @Override
    public void close() {
        ScheduledExecutorService stopping = thread;
        if (stopping == null) {
            return;
        }
        stopping.shutdownNow();
        try {
            stopping.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
