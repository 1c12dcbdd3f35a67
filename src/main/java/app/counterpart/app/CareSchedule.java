package app.counterpart.app;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.DayRollover;
import app.counterpart.core.customers.care.CareService;
import app.counterpart.core.event.CareTasksChanged;
import app.counterpart.core.event.EventBus;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the care rules in the background: once at start, then whenever the shop's business day rolls
 * over (checked every minute, so a till left open overnight gets the new day's tasks after the cut-off
 * hour). Generation is idempotent, so a second till or a restart doing the same adds nothing.
 */
final class CareSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("app.counterpart.care");
    static final long CHECK_SECONDS = 60;

    private final CareService care;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final EventBus events;
    private final ScheduledExecutorService timer;
    private DayRollover days;

    CareSchedule(CareService care, BusinessCalendar calendar, Clock clock, EventBus events) {
        this.care = care;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
        this.days = new DayRollover(calendar, clock);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "counterpart-care-rules");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, 0, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** Runs the rules if the business day is new since the last run. */
    void check() {
        if (!days.rolledOver()) {
            return;
        }
        try {
            long started = System.nanoTime();
            int added = care.generate();
            LOG.log(System.Logger.Level.INFO, "care rules made {0} new tasks in {1} ms", added,
                    (System.nanoTime() - started) / 1_000_000);
            events.publish(new CareTasksChanged(added));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "care rules failed; trying again in a minute", e);
            // Forget the day so the next check runs the rules again.
            days = new DayRollover(calendar, clock);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            // A run in progress finishes its transaction before the store closes.
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
