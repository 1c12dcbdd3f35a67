package app.counterpart.core.incentives;

/** Why an application pays what it pays; the UI turns it into a sentence in the person's language. */
public enum Reason {
    /** rate × base of a sold line. */
    COMMISSION,
    /** a refund or void in this period, reversed at the rate the original line was paid at. */
    COMMISSION_REVERSED,
    /** the customer's first purchase was served by this person. */
    NEW_CUSTOMER,
    /** a new customer's first purchase was voided or fully refunded. */
    NEW_CUSTOMER_REVERSED,
    /** a customer the partner brought made a first purchase. */
    REFERRAL,
    /** that first purchase was voided or fully refunded. */
    REFERRAL_REVERSED,
    /** the member's share of the team's bonus pool. */
    TEAM_GOAL
}
