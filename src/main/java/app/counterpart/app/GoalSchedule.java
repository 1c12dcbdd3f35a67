package app.counterpart.app;

import app.counterpart.core.common.BusinessCalendar;
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

/**
 * Keeps the goal tracker's running totals loaded, off the sale-commit path: at start, at each new
 * business day (checked every minute), after sales committed without their figures (an import, the demo)
 * and when the store is replaced. Badges are worked out at the same times and when someone reaches a
 * daily goal. Everything runs on one low-priority thread of its own ({@link DailyJob}).
 */
final class GoalSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("app.counterpart.goals");

    private final GoalService goals;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final DailyJob job;
    private final Runnable stop;

    GoalSchedule(GoalService goals, BusinessCalendar calendar, Clock clock, EventBus events) {
        this.goals = goals;
        this.calendar = calendar;
        this.clock = clock;
        this.job = new DailyJob("counterpart-goals", true, calendar, clock, () -> {
            if (!reload()) {
                return false;
            }
            awardBadges();
            return true;
        });
        Runnable a = events.subscribe(SalesCommitted.class, e -> {
            if (e.sales().isEmpty() && e.count() > 0 && touchesThisWeek(e)) {
                job.execute(this::reload);
            }
        });
        Runnable b = events.subscribe(MilestoneReached.class, e -> {
            if (e.scope().kind() == GoalScope.Kind.PERSON && e.milestone() == Milestone.GOAL) {
                job.execute(this::awardBadges);
            }
        });
        Runnable c = events.subscribe(StoreReplaced.class, e -> job.execute(this::reload));
        this.stop = () -> {
            a.run();
            b.run();
            c.run();
        };
    }

    void start() {
        job.start();
    }

    private boolean touchesThisWeek(SalesCommitted e) {
        LocalDate monday = Cadence.WEEKLY.start(calendar.businessDay(clock.instant()));
        return e.businessDays().stream().anyMatch(d -> !d.isBefore(monday));
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
        job.close();
    }
}
