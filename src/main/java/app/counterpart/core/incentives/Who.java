package app.counterpart.core.incentives;

/**
 * Whom a rule pays: everyone but the owner (who pays the incentives), a role ("cashier"), a kind of person
 * ("partner") or one person (a staff id).
 * A more specific "who" beats a less specific one when two line rules could pay the same line.
 */
public record Who(Scope scope, String value) {

    public enum Scope {
        EVERYONE, ROLE, KIND, PERSON;

        /** Higher is more specific. */
        public int specificity() {
            return ordinal();
        }
    }

    public static final Who EVERYONE = new Who(Scope.EVERYONE, null);

    public Who {
        if ((scope == Scope.EVERYONE) != (value == null)) {
            throw new IllegalArgumentException("only 'everyone' has no value");
        }
    }
}
