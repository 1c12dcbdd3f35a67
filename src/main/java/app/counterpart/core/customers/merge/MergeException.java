package app.counterpart.core.customers.merge;

import java.util.List;

/** A merge that cannot be done as asked; nothing was written. The screen words it from {@link Problem#key()}. */
public final class MergeException extends RuntimeException {

    public enum Problem {
        /** A record cannot be merged into itself. */
        SAME_CUSTOMER,
        /** One of the two was merged already: it is a tombstone now. */
        ALREADY_MERGED,
        NOT_FOUND,
        /** The chosen "referred by" would make someone their own referrer through others. */
        REFERRAL_CIRCLE,
        /** Only the owner merges, or approves a merge with their PIN. */
        OWNER_REQUIRED;

        public String key() {
            return "customers.merge.problem." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Problem problem;
    private final List<Object> args;

    public MergeException(Problem problem, Object... args) {
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
