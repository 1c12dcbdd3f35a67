package app.counterpart.core.incentives;

/** The kinds of incentive rule an owner can write; each is data, never code. */
public enum RuleKind {
    /** A flat percentage of the commission base of the lines a person served, by product, category or all. */
    PERCENT_COMMISSION,
    /** A percentage whose rate depends on the person's sales in the period (see {@link Tier}). */
    TIERED_COMMISSION,
    /** A fixed amount for each customer whose first purchase the person served. */
    NEW_CUSTOMER_BONUS,
    /** A fixed amount to the partner who brought a customer, once that customer first buys. */
    REFERRAL_BONUS,
    /** A bonus pool for a team that reaches its sales goal in the period, split among its members. */
    TEAM_GOAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RuleKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** Line rules pay a share of each line; at most one of them applies to a line (the most specific). */
    public boolean isLineRule() {
        return this == PERCENT_COMMISSION || this == TIERED_COMMISSION;
    }
}
