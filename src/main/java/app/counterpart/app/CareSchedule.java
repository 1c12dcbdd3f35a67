package app.counterpart.app;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.customers.care.CareService;
import app.counterpart.core.event.CareTasksChanged;
import app.counterpart.core.event.EventBus;
import java.time.Clock;

/**
 * Runs the care rules in the background at start and at each new business day ({@link DailyJob}).
 * Generation is idempotent, so a second till or a restart doing the same adds nothing.
 */
final class CareSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("app.counterpart.care");

    private final CareService care;
    private final EventBus events;
    private final DailyJob job;

    CareSchedule(CareService care, BusinessCalendar calendar, Clock clock, EventBus events) {
        this.care = care;
        this.events = events;
        this.job = new DailyJob("counterpart-care-rules", false, calendar, clock, this::generate);
    }

    void start() {
        job.start();
    }

    private boolean generate() {
        try {
            long started = System.nanoTime();
            int added = care.generate();
            LOG.log(System.Logger.Level.INFO, "care rules made {0} new tasks in {1} ms", added,
                    (System.nanoTime() - started) / 1_000_000);
            events.publish(new CareTasksChanged(added));
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "care rules failed; trying again in a minute", e);
            return false;
        }
    }

    @Override
    public void close() {
        job.close();
    }
}
