package app.counterpart.core.goals;

/** A refused goal edit; the screen shows the problem's message key ({@code goals.error.*}). */
public final class GoalException extends RuntimeException {

    public enum Problem {
        TARGET_INVALID, NOT_ALLOWED, NO_ONE_CHOSEN, DATE_REQUIRED;

        public String key() {
            return "goals.error." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Problem problem;

    public GoalException(Problem problem) {
        super(problem.key());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
