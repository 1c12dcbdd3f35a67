package app.counterpart.core.customers.care;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.customers.timeline.ServiceTimeline;
import app.counterpart.core.customers.timeline.TimelineException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Care tasks: made by the owner's rules, done or snoozed by staff. Every method may touch the store. */
public final class CareService {

    /** Longer than this is a task forgotten rather than put off. */
    public static final int MAX_SNOOZE_DAYS = 90;
    /** How far back the "done" list reaches. */
    public static final int DONE_DAYS_SHOWN = 30;

    private final CareRepository repo;
    private final Supplier<LifecycleRules> lifecycle;
    private final BusinessCalendar calendar;
    private final IdGenerator ids;
    private final Clock clock;

    public CareService(CareRepository repo, Supplier<LifecycleRules> lifecycle, BusinessCalendar calendar,
            IdGenerator ids, Clock clock) {
        this.repo = repo;
        this.lifecycle = lifecycle;
        this.calendar = calendar;
        this.ids = ids;
        this.clock = clock;
    }

    public LocalDate today() {
        return calendar.businessDay(clock.instant());
    }

    /** Makes today's tasks; returns how many are new (none when it already ran today). */
    public int generate() {
        LocalDate today = today();
        List<NewCareTask> tasks = CareTaskGenerator.generate(new CareTaskGenerator.Input(today, repo.rules(),
                lifecycle.get(), repo.stageTeams(), repo.candidates(calendar),
                repo.taskKeysSince(today.minusDays(CareRuleKind.DORMANT.maxDays() + 1L))));
        return tasks.isEmpty() ? 0 : repo.addTasks(tasks, clock.instant());
    }

    /** Open tasks and those done in the last {@link #DONE_DAYS_SHOWN} days. */
    public List<CareTask> tasks() {
        return repo.tasks(today().minusDays(DONE_DAYS_SHOWN));
    }

    /**
     * Marks a task done by a person; a non-blank outcome becomes an entry on the customer's timeline
     * (of the given kind), so the next person to serve them sees what came of it.
     */
    public void done(String taskId, String staffId, ServiceKind kind, String outcome) {
        if (staffId == null) {
            throw new CareException(CareException.Problem.NO_STAFF);
        }
        CareTask task = openTask(taskId);
        Instant now = clock.instant();
        ServiceEntry entry = null;
        if (outcome != null && !outcome.isBlank()) {
            Optional<TimelineException> problem = ServiceTimeline.check(outcome);
            if (problem.isPresent()) {
                throw problem.get();
            }
            entry = new ServiceEntry(ids.next(), task.customerId(), staffId, null, null, kind, outcome.strip(), null,
                    now);
        }
        repo.complete(taskId, staffId, now, calendar.businessDay(now), entry);
    }

    /** Puts a task off until a later day (after today, at most {@link #MAX_SNOOZE_DAYS} ahead). */
    public void snooze(String taskId, String staffId, LocalDate until) {
        if (staffId == null) {
            throw new CareException(CareException.Problem.NO_STAFF);
        }
        LocalDate today = today();
        if (until == null || !until.isAfter(today)) {
            throw new CareException(CareException.Problem.SNOOZE_NOT_AFTER_TODAY, until == null ? "" : until);
        }
        if (until.isAfter(today.plusDays(MAX_SNOOZE_DAYS))) {
            throw new CareException(CareException.Problem.SNOOZE_TOO_FAR, MAX_SNOOZE_DAYS);
        }
        openTask(taskId);
        repo.snooze(taskId, staffId, until, clock.instant());
    }

    private CareTask openTask(String taskId) {
        CareTask task = repo.task(taskId)
                .orElseThrow(() -> new CareException(CareException.Problem.UNKNOWN_TASK, taskId));
        if (task.done()) {
            throw new CareException(CareException.Problem.ALREADY_DONE, task.doneDay());
        }
        return task;
    }

    // ---- Rules, teams ----

    public List<CareRule> rules() {
        return repo.rules();
    }

    public List<Team> teams() {
        return repo.teams();
    }

    public Map<LifecycleStage, String> stageTeams() {
        return repo.stageTeams();
    }

    /** Saves the rules and the stage teams if nothing is wrong with them; else returns every problem. */
    public List<CareRule.Problem> saveRules(List<CareRule> rules, Map<LifecycleStage, String> stageTeams,
            Set<String> activeStaff, String staffId) {
        if (staffId == null) {
            throw new CareException(CareException.Problem.NO_STAFF);
        }
        Set<String> teamIds = new java.util.HashSet<>();
        repo.teams().forEach(t -> teamIds.add(t.id()));
        List<CareRule.Problem> problems = new ArrayList<>();
        for (CareRule r : rules) {
            problems.addAll(r.problems(activeStaff, teamIds));
        }
        if (problems.isEmpty()) {
            repo.saveRules(rules, staffId);
            repo.saveStageTeams(stageTeams, staffId);
        }
        return problems;
    }

    /** Adds a team or renames it and sets its members. */
    public Team saveTeam(String teamId, String name, List<String> memberIds, String staffId) {
        if (staffId == null) {
            throw new CareException(CareException.Problem.NO_STAFF);
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new CareException(CareException.Problem.TEAM_NAME_EMPTY);
        }
        if (trimmed.length() > Team.MAX_NAME) {
            throw new CareException(CareException.Problem.TEAM_NAME_TOO_LONG, Team.MAX_NAME);
        }
        for (Team t : repo.teams()) {
            if (!t.id().equals(teamId) && t.name().toLowerCase(Locale.ROOT).equals(trimmed.toLowerCase(Locale.ROOT))) {
                throw new CareException(CareException.Problem.TEAM_NAME_TAKEN, trimmed);
            }
        }
        Team team = new Team(teamId == null ? ids.next() : teamId, trimmed, memberIds);
        repo.saveTeam(team, staffId);
        return team;
    }
}
