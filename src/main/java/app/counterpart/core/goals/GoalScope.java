package app.counterpart.core.goals;

import java.util.Objects;

/** Whose goal: one person or one team. */
public record GoalScope(Kind kind, String id) {

    public enum Kind {
        PERSON, TEAM
    }

    public GoalScope {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
    }

    public static GoalScope person(String staffId) {
        return new GoalScope(Kind.PERSON, staffId);
    }

    public static GoalScope team(String teamId) {
        return new GoalScope(Kind.TEAM, teamId);
    }
}
