package app.counterpart.store.report;

import org.jooq.DSLContext;

/**
 * Computes one customer's visit figures again from their sales, as {@link RollupDefinitions} defines them
 * for all customers, but over that customer's sales only (the sale_customer index), so a merge can redo
 * the survivor's figures inside its transaction without scanning the shop's history.
 */
public final class CustomerStatsRebuild {

    private static final String SALE_DELTA = "CASE kind WHEN 'sale' THEN 1 WHEN 'void' THEN -1 ELSE 0 END";

    private CustomerStatsRebuild() {
    }

    /** Replaces the customer's customer_stats row; a customer without sales keeps none. */
    public static void rebuild(DSLContext ctx, String customerId) {
        ctx.execute("DELETE FROM customer_stats WHERE customer_id = ?", customerId);
        ctx.execute("INSERT INTO customer_stats (customer_id, first_sale_at, first_sale_id, first_sale_day,"
                + " last_sale_at, visits, revenue_minor)"
                + " SELECT c.customer_id, f.created_at, f.id, f.business_day, c.last_at, c.visits, c.revenue"
                + " FROM (SELECT customer_id, MAX(CASE WHEN kind = 'sale' THEN created_at END) AS last_at,"
                + " SUM(" + SALE_DELTA + ") AS visits, SUM(total_minor) AS revenue FROM sale"
                + " WHERE customer_id = ? GROUP BY customer_id) c"
                + " LEFT JOIN sale f ON f.customer_id = c.customer_id AND f.kind = 'sale'"
                + " AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = f.customer_id AND e.kind = 'sale'"
                + " AND (e.created_at < f.created_at OR (e.created_at = f.created_at AND e.id < f.id)))",
                customerId);
    }
}
