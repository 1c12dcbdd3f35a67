package app.counterpart.core.customers.care;

import java.util.List;

/** A care action that cannot be done; the screen shows {@link #problem()} in the person's language. */
public final class CareException extends RuntimeException {

    public enum Problem {
        /** The task is gone (merged away) or was never there; argument: its id. */
        UNKNOWN_TASK,
        /** Someone marked it done already; argument: the day. */
        ALREADY_DONE,
        /** A snooze must end after today; argument: the day typed. */
        SNOOZE_NOT_AFTER_TODAY,
        /** A snooze longer than {@link CareService#MAX_SNOOZE_DAYS}; argument: the limit. */
        SNOOZE_TOO_FAR,
        /** Nobody is signed in to do it. */
        NO_STAFF,
        /** A team needs a name; no argument. */
        TEAM_NAME_EMPTY,
        /** Another team has this name; argument: the name. */
        TEAM_NAME_TAKEN,
        /** Longer than {@link Team#MAX_NAME}; argument: the limit. */
        TEAM_NAME_TOO_LONG
    }

    private final Problem problem;
    private final List<Object> args;

    public CareException(Problem problem, Object... args) {
        super(problem + (args.length == 0 ? "" : " " + List.of(args)));
        this.problem = problem;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    public List<Object> args() {
        return args;
    }
}
