package app.counterpart.core.incentives;

/** The shop's incentive settings: what commissions are a percentage of, and how often they are paid. */
public record IncentiveSettings(CommissionBase base, PayCycle cycle) {

    public static final IncentiveSettings DEFAULT =
            new IncentiveSettings(CommissionBase.NET_OF_TAX_AND_DISCOUNTS, PayCycle.MONTHLY);
}
