package app.counterpart.core.customers.care;

import app.counterpart.core.customers.care.NewCareTask.TaskKey;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.timeline.ServiceEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored care rules, teams and tasks. */
public interface CareRepository {

    List<CareRule> rules();

    /** Saves the rules and an audit entry naming who changed what, in one transaction. */
    void saveRules(List<CareRule> rules, String staffId);

    List<Team> teams();

    /** Adds or renames a team and sets its members; audited. */
    void saveTeam(Team team, String staffId);

    /** The team that owns each lifecycle stage (stages without a team are absent). */
    Map<LifecycleStage, String> stageTeams();

    /** Replaces the stage-to-team mapping; audited. */
    void saveStageTeams(Map<LifecycleStage, String> teams, String staffId);

    /** Every customer with what the rules look at; visits become business days of this calendar. */
    List<CareCandidate> candidates(app.counterpart.core.common.BusinessCalendar calendar);

    /** Keys of the tasks due on or after a day (what a run must not make again). */
    List<TaskKey> taskKeysSince(LocalDate from);

    /** Adds the tasks the store does not hold yet, each with its outbox row; returns how many were new. */
    int addTasks(List<NewCareTask> tasks, Instant at);

    /** Open tasks, and those done on or after a day. */
    List<CareTask> tasks(LocalDate doneSince);

    Optional<CareTask> task(String id);

    /** Marks a task done, with the outcome written to the customer's timeline in the same transaction. */
    void complete(String taskId, String staffId, Instant at, LocalDate day, ServiceEntry outcome);

    void snooze(String taskId, String staffId, LocalDate until, Instant at);
}
