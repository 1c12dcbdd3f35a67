package app.counterpart.app;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.DayRollover;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A job run on a daemon thread of its own: once at start, then whenever the shop's business day rolls
 * over (checked every minute, so a till left open overnight runs it after the cut-off hour). A run that
 * reports failure is tried again at the next check. Other work queued here never overlaps the job.
 */
final class DailyJob implements AutoCloseable {

    static final long CHECK_SECONDS = 60;

    private final BusinessCalendar calendar;
    private final Clock clock;
    private final BooleanSupplier job;
    private final ScheduledExecutorService thread;
    private DayRollover days;

    /** @param job runs the day's work; false (or an exception) means it failed and is tried again */
    DailyJob(String threadName, boolean lowPriority, BusinessCalendar calendar, Clock clock, BooleanSupplier job) {
        this.calendar = calendar;
        this.clock = clock;
        this.job = job;
        this.days = new DayRollover(calendar, clock);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            if (lowPriority) {
                t.setPriority(Thread.MIN_PRIORITY);
            }
            return t;
        });
    }

    void start() {
        thread.scheduleWithFixedDelay(this::check, 0, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** Runs the job if the business day is new since the last successful run. */
    void check() {
        if (!days.rolledOver()) {
            return;
        }
        boolean done;
        try {
            done = job.getAsBoolean();
        } catch (RuntimeException e) {
            done = false;
        }
        if (!done) {
            // Forget the day so the next check runs the job again.
            days = new DayRollover(calendar, clock);
        }
    }

    /** Queues work on the job's thread. */
    void execute(Runnable task) {
        thread.execute(task);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            // A run in progress finishes its transaction before the store closes.
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
