package app.counterpart.core.customers.care;

import java.util.Locale;

/** What a care rule looks for; each kind has one rule, with one number of days as its parameter. */
public enum CareRuleKind {
    /** Greet a customer who agreed to be contacted, {@code days} before their birthday. */
    BIRTHDAY(0, 60),
    /** Call a customer in the dormant lifecycle stage, at most once every {@code days} days. */
    DORMANT(7, 365),
    /** Follow up {@code days} after a customer's first purchase. */
    FIRST_PURCHASE(1, 90);

    private final int minDays;
    private final int maxDays;

    CareRuleKind(int minDays, int maxDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CareRuleKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public String textKey() {
        return "care.rule." + code();
    }
}
