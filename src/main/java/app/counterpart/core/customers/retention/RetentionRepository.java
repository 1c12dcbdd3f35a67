package app.counterpart.core.customers.retention;

/** Reads the facts retention is computed from. */
public interface RetentionRepository {

    /** Every customer's sale days, every voided sale of a customer, every referral, anonymous sales per day. */
    RetentionFacts facts();
}
