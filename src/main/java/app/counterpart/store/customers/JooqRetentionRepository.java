package app.counterpart.store.customers;

import app.counterpart.core.customers.retention.Referral;
import app.counterpart.core.customers.retention.RetentionFacts;
import app.counterpart.core.customers.retention.RetentionRepository;
import app.counterpart.core.customers.retention.SaleDay;
import app.counterpart.core.customers.retention.VoidedSale;
import app.counterpart.store.Database;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Retention's facts in four reads: the customers' sale days from the covering index sale_customer_day
 * (V8), the voided sales of customers through sale_one_void, the referrals through
 * customer_referred_by, and the anonymous sales per day from rollup_day (its sales net of
 * voids, less the sales with a customer, plus the voids of those). Nothing here scans the sale
 * table, so the cost follows the customers' sales, not the shop's.
 */
public final class JooqRetentionRepository implements RetentionRepository {

    private static final String SALE_DAYS = "SELECT customer_id, business_day,"
            + " SUM(CASE WHEN kind = 'sale' THEN 1 ELSE 0 END), SUM(total_minor)"
            + " FROM sale INDEXED BY sale_customer_day WHERE customer_id IS NOT NULL"
            + " GROUP BY customer_id, business_day";
    private static final String VOIDED = "SELECT o.customer_id, o.business_day, v.business_day FROM sale v"
            + " JOIN sale o ON o.id = v.original_sale_id"
            + " WHERE v.kind = 'void' AND v.original_sale_id IS NOT NULL AND o.customer_id IS NOT NULL";
    private static final String REFERRALS = "SELECT c.id, c.referred_by, r.name FROM customer c"
            + " JOIN customer r ON r.id = c.referred_by WHERE c.referred_by IS NOT NULL";
    private static final String ANONYMOUS = "SELECT business_day, sales_count - customer_sales FROM rollup_day";

    private final Database db;

    public JooqRetentionRepository(Database db) {
        this.db = db;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Override
    public RetentionFacts facts() {
        return db.read(ctx -> {
            Map<String, LocalDate> parsed = new HashMap<>();
            List<SaleDay> days = ctx.resultQuery(SALE_DAYS).fetch(r -> new SaleDay(r.get(0, String.class),
                    parsed.computeIfAbsent(r.get(1, String.class), LocalDate::parse), r.get(2, Integer.class),
                    r.get(3, Long.class)));
            Map<LocalDate, Integer> anonymous = new HashMap<>();
            List<VoidedSale> voided = ctx.resultQuery(VOIDED).fetch(r -> {
                // rollup_day subtracts every void from sales_count; a customer's is added back below
                anonymous.merge(day(r.get(2, String.class)), 1, Integer::sum);
                return new VoidedSale(r.get(0, String.class), day(r.get(1, String.class)));
            });
            Map<String, String> names = new HashMap<>();
            List<Referral> referrals = ctx.resultQuery(REFERRALS).fetch(r -> {
                names.put(r.get(1, String.class), r.get(2, String.class));
                return new Referral(r.get(0, String.class), r.get(1, String.class));
            });
            ctx.resultQuery(ANONYMOUS).forEach(r -> anonymous.merge(day(r.get(0, String.class)),
                    r.get(1, Integer.class), Integer::sum));
            return new RetentionFacts(days, voided, referrals, names, anonymous);
        });
    }
}
