package app.counterpart.core.goals;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.staff.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Goal use cases off the commit path: setting targets (owner and manager), (re)loading the tracker's
 * running totals, awarding badges, and the leaderboard. Every method may touch the store.
 */
public final class GoalService {

    private final GoalRepository repo;
    private final GoalTracker tracker;
    private final BusinessCalendar calendar;
    private final IdGenerator ids;
    private final Clock clock;

    public GoalService(GoalRepository repo, GoalTracker tracker, BusinessCalendar calendar, IdGenerator ids,
            Clock clock) {
        this.repo = repo;
        this.tracker = tracker;
        this.calendar = calendar;
        this.ids = ids;
        this.clock = clock;
    }

    public static boolean maySetGoals(Role role) {
        return role == Role.OWNER || role == Role.MANAGER;
    }

    public LocalDate today() {
        return calendar.businessDay(clock.instant());
    }

    public GoalTracker tracker() {
        return tracker;
    }

    /** Reads the week's figures and hands them to the tracker; sales committed meanwhile are replayed on top. */
    public void reload() {
        tracker.loadStarting();
        tracker.load(repo.snapshot(today()));
    }

    /** A new version of a target, effective from a business day; recorded in the audit log. */
    public SalesGoal setGoal(GoalScope scope, Cadence cadence, long targetMinor, LocalDate effectiveFrom,
            String staffId, Role role) {
        if (!maySetGoals(role)) {
            throw new GoalException(GoalException.Problem.NOT_ALLOWED);
        }
        if (scope == null) {
            throw new GoalException(GoalException.Problem.NO_ONE_CHOSEN);
        }
        if (effectiveFrom == null) {
            throw new GoalException(GoalException.Problem.DATE_REQUIRED);
        }
        Instant now = clock.instant();
        SalesGoal goal = new SalesGoal(ids.next(now), scope, cadence, targetMinor, effectiveFrom, staffId, now);
        repo.addGoal(goal, staffId);
        reload();
        return goal;
    }

    public java.util.Map<String, String> teamNames() {
        return repo.teamNames();
    }

    public List<SalesGoal> goals() {
        return repo.goals();
    }

    /** Works the badges out from all figures so far and stores the new ones; returns how many were new. */
    public int awardBadges() {
        LocalDate today = today();
        List<DayFigure> figures = repo.dayFigures(LocalDate.of(2000, 1, 1), today, true);
        return repo.award(Badges.earned(BadgeRule.DEFAULT, figures, new GoalBook(repo.goals()), today),
                clock.instant());
    }

    public List<BadgeAward> awards() {
        return repo.awards();
    }

    public List<Leaderboard.Standing> leaderboard(Leaderboard.Span span) {
        LocalDate today = today();
        LocalDate from = span.from(today);
        LocalDate earliest = from.isBefore(Cadence.WEEKLY.start(today)) ? from : Cadence.WEEKLY.start(today);
        return Leaderboard.standings(span, repo.dayFigures(earliest, today, false), new GoalBook(repo.goals()),
                today);
    }
}
