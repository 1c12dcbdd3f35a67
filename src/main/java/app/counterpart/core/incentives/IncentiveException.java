package app.counterpart.core.incentives;

import java.util.List;

/** A change to rules or the ledger that the store refuses; the screen shows {@link #problem()} in the person's language. */
public final class IncentiveException extends RuntimeException {

    public enum Problem {
        /** A new version may not start before the version it replaces; arguments: the rule name, that start. */
        STARTS_BEFORE_OPEN_VERSION,
        /** A new version may not start inside a closed pay period; arguments: the rule name, the first open day. */
        STARTS_IN_CLOSED_PERIOD,
        /** A period is closed only once it is over; arguments: the period key, its first day after. */
        PERIOD_NOT_ENDED,
        /** The period was closed already; argument: the period key. */
        PERIOD_ALREADY_CLOSED,
        /** The period overlaps a closed one (the pay cycle changed); arguments: the period key, the closed key. */
        PERIOD_OVERLAPS_CLOSED,
        /** Someone's ledger does not add up to their payout; nothing was written; argument: the staff id. */
        LEDGER_MISMATCH
    }

    private final Problem problem;
    private final List<Object> args;

    public IncentiveException(Problem problem, String message, Object... args) {
        super(message);
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
