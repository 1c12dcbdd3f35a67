package app.counterpart.core.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where goals, badge awards and the figures they are judged on are kept (the store). */
public interface GoalRepository {

    /** Every version of every goal. */
    List<SalesGoal> goals();

    /** Adds a goal version and its audit entry ({@code goals.set}, by {@code staffId}) in one transaction. */
    void addGoal(SalesGoal goal, String staffId);

    /** Seeds goal versions without audit or outbox rows: for the demo shop, which nobody edited. */
    void seedGoals(List<SalesGoal> goals);

    /** Team ids with their members' staff ids. */
    Map<String, List<String>> teamMembers();

    /** Team ids with their names, for the screens. */
    Map<String, String> teamNames();

    /** Per person and business day from {@code from} to {@code to}, both included; new customers only if asked. */
    List<DayFigure> dayFigures(LocalDate from, LocalDate to, boolean withNewCustomers);

    /** Everything the tracker needs for the week of {@code day}, read in one transaction. */
    GoalTracker.Snapshot snapshot(LocalDate day);

    List<BadgeAward> awards();

    /** Inserts the awards not stored yet; returns how many were new. */
    int award(Collection<BadgeAward> awards, Instant at);
}
