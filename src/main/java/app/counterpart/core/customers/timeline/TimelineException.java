package app.counterpart.core.customers.timeline;

import java.util.List;

/** A timeline entry that cannot be written; the screen shows {@link #problem()} in the person's language. */
public final class TimelineException extends RuntimeException {

    public enum Problem {
        /** Nothing but spaces was typed. */
        EMPTY,
        /** Longer than {@link ServiceTimeline#MAX_LENGTH} characters; argument: the length typed. */
        TOO_LONG,
        /** No customer with this id (deleted, merged away or mistyped); argument: the id. */
        UNKNOWN_CUSTOMER,
        /** The entry to correct does not exist or belongs to another customer; argument: the id. */
        UNKNOWN_ENTRY,
        /** Nobody is named as the author. */
        NO_STAFF
    }

    private final Problem problem;
    private final List<Object> args;

    public TimelineException(Problem problem, Object... args) {
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
