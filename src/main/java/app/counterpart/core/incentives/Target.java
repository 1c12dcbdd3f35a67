package app.counterpart.core.incentives;

/** Which lines a commission rule covers: all lines, one category's, or one product's (most specific wins). */
public record Target(Scope scope, String value) {

    public enum Scope {
        ALL, CATEGORY, PRODUCT;

        /** Higher is more specific. */
        public int specificity() {
            return ordinal();
        }
    }

    public static final Target ALL = new Target(Scope.ALL, null);

    public Target {
        if ((scope == Scope.ALL) != (value == null)) {
            throw new IllegalArgumentException("only 'all' has no value");
        }
    }
}
