package app.counterpart.app;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.DayRollover;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.event.StoreReplaced;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalService;
import app.counterpart.core.goals.Milestone;
import app.counterpart.core.goals.MilestoneReached;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the goal tracker's running totals loaded, off the sale-commit path: at start, at each new
 * business day (checked every minute), after sales committed without their figures (an import, the demo)
 * and when the store is replaced. Badges are worked out at the same times and when someone reaches a
 * daily goal. Everything runs on one low-priority thread of its own.
 */
final class GoalSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("app.counterpart.goals");
    static final long CHECK_SECONDS = 60;

    private final GoalService goals;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Runnable stop;
    private DayRollover days;

    GoalSchedule(GoalService goals, BusinessCalendar calendar, Clock clock, EventBus events) {
        this.goals = goals;
        this.calendar = calendar;
        this.clock = clock;
        this.days = new DayRollover(calendar, clock);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "counterpart-goals");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        Runnable a = events.subscribe(SalesCommitted.class, e -> {
            if (e.sales().isEmpty() && e.count() > 0 && touchesThisWeek(e)) {
                timer.execute(this::reload);
            }
        });
        Runnable b = events.subscribe(MilestoneReached.class, e -> {
            if (e.scope().kind() == GoalScope.Kind.PERSON && e.milestone() == Milestone.GOAL) {
                timer.execute(this::awardBadges);
            }
        });
        Runnable c = events.subscribe(StoreReplaced.class, e -> timer.execute(this::reload));
        this.stop = () -> {
            a.run();
            b.run();
            c.run();
        };
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, 0, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    private boolean touchesThisWeek(SalesCommitted e) {
        LocalDate monday = Cadence.WEEKLY.start(calendar.businessDay(clock.instant()));
        return e.businessDays().stream().anyMatch(d -> !d.isBefore(monday));
    }

    /** Reloads the totals and awards badges if the business day is new since the last check. */
    void check() {
        if (!days.rolledOver()) {
            return;
        }
        if (!reload()) {
            // Forget the day so the next check tries again.
            days = new DayRollover(calendar, clock);
            return;
        }
        awardBadges();
    }

    private boolean reload() {
        try {
            long started = System.nanoTime();
            goals.reload();
            LOG.log(System.Logger.Level.INFO, "goal totals loaded in {0} ms", (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "goal totals not loaded; trying again in a minute", e);
            return false;
        }
    }

    private void awardBadges() {
        try {
            int added = goals.awardBadges();
            LOG.log(System.Logger.Level.INFO, "{0} new badges awarded", added);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "badges not awarded", e);
        }
    }

    @Override
    public void close() {
        stop.run();
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
