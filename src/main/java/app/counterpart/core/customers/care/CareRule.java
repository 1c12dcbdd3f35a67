package app.counterpart.core.customers.care;

import java.util.ArrayList;
import java.util.List;

/** One of the owner's care rules: whether it runs, its number of days, and who gets its tasks. */
public record CareRule(String id, CareRuleKind kind, boolean enabled, int days, Assignee assignee) {

    /** A field of the rules editor and what is wrong with it. */
    public record Problem(String ruleId, Field field, Reason reason, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    public enum Field { DAYS, ASSIGNEE }

    public enum Reason {
        /** Days outside the kind's range; arguments: typed value, minimum, maximum. */
        DAYS_OUT_OF_RANGE,
        /** Days is not a whole number; argument: the text typed. */
        DAYS_NOT_A_NUMBER,
        /** A person or team must be chosen for this kind of assignee. */
        ASSIGNEE_MISSING,
        /** The person chosen no longer works here; argument: their id. */
        ASSIGNEE_INACTIVE
    }

    /** What is wrong with this rule, every field at once; empty when it can be saved. */
    public List<Problem> problems(java.util.Set<String> activeStaff, java.util.Set<String> teams) {
        List<Problem> problems = new ArrayList<>();
        if (days < kind.minDays() || days > kind.maxDays()) {
            problems.add(new Problem(id, Field.DAYS, Reason.DAYS_OUT_OF_RANGE,
                    List.of(days, kind.minDays(), kind.maxDays())));
        }
        switch (assignee.kind()) {
            case STAFF -> {
                if (!activeStaff.contains(assignee.staffId())) {
                    problems.add(new Problem(id, Field.ASSIGNEE, Reason.ASSIGNEE_INACTIVE, List.of(assignee.staffId())));
                }
            }
            case TEAM -> {
                if (!teams.contains(assignee.teamId())) {
                    problems.add(new Problem(id, Field.ASSIGNEE, Reason.ASSIGNEE_MISSING, List.of()));
                }
            }
            case STAGE_TEAM -> {
            }
        }
        return problems;
    }
}
