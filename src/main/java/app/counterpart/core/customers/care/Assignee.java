package app.counterpart.core.customers.care;

import java.util.Locale;

/**
 * Who a rule's tasks go to: one person, one team, or the team that owns the customer's lifecycle
 * stage on the day the task is made (so a new customer's tasks go to whoever welcomes new customers).
 */
public record Assignee(Kind kind, String staffId, String teamId) {

    public enum Kind {
        STAFF, TEAM, STAGE_TEAM;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public Assignee {
        if ((kind == Kind.STAFF) != (staffId != null) || (kind == Kind.TEAM) != (teamId != null)) {
            throw new IllegalArgumentException("assignee " + kind + " with staff " + staffId + " and team " + teamId);
        }
    }

    public static Assignee person(String staffId) {
        return new Assignee(Kind.STAFF, staffId, null);
    }

    public static Assignee team(String teamId) {
        return new Assignee(Kind.TEAM, null, teamId);
    }

    public static Assignee stageTeam() {
        return new Assignee(Kind.STAGE_TEAM, null, null);
    }
}
