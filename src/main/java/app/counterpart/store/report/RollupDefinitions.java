package app.counterpart.store.report;

import java.util.List;

/**
 * What each rollup table must hold, as queries over the raw rows. `rollups --verify` compares the
 * tables with these; `rollups --rebuild` refills the tables from them. The V4 migration backfilled
 * older stores with the same statements.
 */
final class RollupDefinitions {

    /** A rollup table, its key columns, and the query that computes its rows from raw data. */
    record Definition(String table, List<String> keys, List<String> values, String select) {
        List<String> columns() {
            List<String> all = new java.util.ArrayList<>(keys);
            all.addAll(values);
            return all;
        }
    }

    private static final String SALE_DELTA = "CASE s.kind WHEN 'sale' THEN 1 WHEN 'void' THEN -1 ELSE 0 END";
    private static final String FIRST_SALE_OF_CUSTOMER = "s.kind = 'sale' AND s.customer_id IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = s.customer_id AND e.kind = 'sale'"
            + " AND (e.created_at < s.created_at OR (e.created_at = s.created_at AND e.id < s.id)))";

    static final List<Definition> ALL = List.of(
            new Definition("rollup_day", List.of("business_day"),
                    List.of("sales_count", "refund_count", "void_count", "revenue_minor", "tax_minor", "discount_minor",
                            "cost_minor", "item_count", "customer_sales", "new_customer_sales"),
                    "SELECT s.business_day, SUM(" + SALE_DELTA + "),"
                            + " SUM(CASE WHEN s.kind = 'refund' THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN s.kind = 'void' THEN 1 ELSE 0 END),"
                            + " SUM(s.total_minor), SUM(s.tax_minor), SUM(s.discount_minor), SUM(s.cost_minor),"
                            + " SUM(s.item_count),"
                            + " SUM(CASE WHEN s.kind = 'sale' AND s.customer_id IS NOT NULL THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN " + FIRST_SALE_OF_CUSTOMER + " THEN 1 ELSE 0 END)"
                            + " FROM sale s GROUP BY s.business_day"),
            new Definition("rollup_hour", List.of("business_day", "hour"), List.of("sales_count", "revenue_minor"),
                    "SELECT s.business_day, s.hour, SUM(" + SALE_DELTA + "), SUM(s.total_minor)"
                            + " FROM sale s GROUP BY s.business_day, s.hour"),
            new Definition("rollup_product_day", List.of("business_day", "product_id"),
                    List.of("quantity", "revenue_minor", "tax_minor", "cost_minor"),
                    "SELECT s.business_day, l.product_id, SUM(l.quantity), SUM(l.total_minor), SUM(l.tax_minor),"
                            + " SUM(l.cost_minor) FROM sale_line l JOIN sale s ON s.id = l.sale_id"
                            + " GROUP BY s.business_day, l.product_id"),
            new Definition("rollup_staff_day", List.of("business_day", "staff_id"),
                    List.of("sales_count", "revenue_minor", "item_count"),
                    "SELECT s.business_day, s.served_by_id, SUM(" + SALE_DELTA + "), SUM(s.total_minor),"
                            + " SUM(s.item_count) FROM sale s GROUP BY s.business_day, s.served_by_id"),
            new Definition("rollup_tender_day", List.of("business_day", "tender"),
                    List.of("payment_count", "amount_minor"),
                    "SELECT s.business_day, p.tender, SUM(" + SALE_DELTA + "), SUM(p.amount_minor)"
                            + " FROM payment p JOIN sale s ON s.id = p.sale_id GROUP BY s.business_day, p.tender"),
            new Definition("customer_stats", List.of("customer_id"),
                    List.of("first_sale_at", "first_sale_id", "first_sale_day", "last_sale_at", "visits",
                            "revenue_minor"),
                    "SELECT c.customer_id, f.created_at, f.id, f.business_day, c.last_at, c.visits, c.revenue"
                            + " FROM (SELECT customer_id, MAX(CASE WHEN kind = 'sale' THEN created_at END) AS last_at,"
                            + " SUM(" + SALE_DELTA.replace("s.kind", "kind") + ") AS visits,"
                            + " SUM(total_minor) AS revenue FROM sale WHERE customer_id IS NOT NULL"
                            + " GROUP BY customer_id) c"
                            + " LEFT JOIN sale f ON f.customer_id = c.customer_id AND f.kind = 'sale'"
                            + " AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = f.customer_id"
                            + " AND e.kind = 'sale' AND (e.created_at < f.created_at"
                            + " OR (e.created_at = f.created_at AND e.id < f.id)))"));

    private RollupDefinitions() {
    }
}
