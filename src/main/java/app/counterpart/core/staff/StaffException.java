package app.counterpart.core.staff;

import java.util.List;
import java.util.Locale;

/** A roster change refused as asked; the screen turns the problem into a sentence, nothing was saved. */
public final class StaffException extends RuntimeException {

    /** Why a change was refused; each has a message under {@link #key()}. */
    public enum Problem {
        NOT_ALLOWED,
        CODE_EMPTY,
        CODE_TAKEN,
        NAME_EMPTY,
        PARTNER_AT_TILL,
        LAST_OWNER,
        PIN_FORMAT,
        PIN_MISMATCH,
        NOT_FOUND;

        public String key() {
            return "roster.problem." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problem problem;
    private final List<Object> args;

    public StaffException(Problem problem, Object... args) {
        super(problem.name() + (args.length == 0 ? "" : " " + List.of(args)));
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
