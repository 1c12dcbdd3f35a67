package app.counterpart.core.customers.lifecycle;

import java.util.Locale;

/** Where a customer stands with the shop, decided by the owner's {@link LifecycleRules}. */
public enum LifecycleStage {
    NEW, ACTIVE, AT_RISK, DORMANT, LOST;

    /** The name stored in the database and used in CSV files: {@code at_risk}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LifecycleStage ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The resource-bundle key of the stage's name. */
    public String textKey() {
        return "lifecycle." + code();
    }
}
