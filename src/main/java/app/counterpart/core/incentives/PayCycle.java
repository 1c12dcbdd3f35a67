package app.counterpart.core.incentives;

/** How often the shop pays incentives; a period is made of business days. */
public enum PayCycle {
    MONTHLY, WEEKLY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PayCycle fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
