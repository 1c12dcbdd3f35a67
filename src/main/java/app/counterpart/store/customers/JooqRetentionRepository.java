package app.counterpart.store.customers;

import app.counterpart.core.customers.retention.Referral;
import app.counterpart.core.customers.retention.RetentionFacts;
import app.counterpart.core.customers.retention.RetentionRepository;
import app.counterpart.core.customers.retention.SaleDay;
import app.counterpart.core.customers.retention.VoidedSale;
import app.counterpart.store.Database;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * One row per customer: its sale rows as "2026-03-01s4500" (business day, kind's initial, total),
     * separated by commas. Reading a value through the driver costs more than SQLite's work for a row, so
     * a hundred thousand rows come back as a few hundred strings (one per customer) and are split here;
     * summing by day is left to the fold, which SQLite would do at three times the cost of the strings.
     */
    private static final String SALE_DAYS = "SELECT customer_id,"
            + " group_concat(business_day || substr(kind, 1, 1) || total_minor, ',')"
            + " FROM sale INDEXED BY sale_customer_day WHERE customer_id IS NOT NULL GROUP BY customer_id";
    private static final String VOIDED = "SELECT o.customer_id, o.business_day, v.business_day FROM sale v"
            + " JOIN sale o ON o.id = v.original_sale_id"
            + " WHERE v.kind = 'void' AND v.original_sale_id IS NOT NULL AND o.customer_id IS NOT NULL";
    private static final String REFERRALS = "SELECT c.id, c.referred_by, r.name FROM customer c"
            + " JOIN customer r ON r.id = c.referred_by WHERE c.referred_by IS NOT NULL"
            + " AND c.merged_into IS NULL";
    private static final String ANONYMOUS = "SELECT business_day, sales_count - customer_sales FROM rollup_day";

    private final Database db;

    public JooqRetentionRepository(Database db) {
        this.db = db;
    }

    /** Splits "2026-03-01s4500,2026-03-09r-300" into one sale day per sale row. */
    static void split(String customerId, String joined, List<SaleDay> out) {
        int at = 0;
        while (at < joined.length()) {
            int comma = joined.indexOf(',', at + 11);
            int end = comma < 0 ? joined.length() : comma;
            LocalDate day = LocalDate.of(Integer.parseInt(joined, at, at + 4, 10),
                    Integer.parseInt(joined, at + 5, at + 7, 10), Integer.parseInt(joined, at + 8, at + 10, 10));
            out.add(new SaleDay(customerId, day, joined.charAt(at + 10) == 's' ? 1 : 0,
                    Long.parseLong(joined, at + 11, end, 10)));
            at = end + 1;
        }
    }

    /** Plain JDBC: tens of thousands of small rows, where building jOOQ records would cost more than SQLite. */
    @Override
    public RetentionFacts facts() {
        return db.read(ctx -> ctx.connectionResult(c -> {
            Map<String, LocalDate> parsed = new HashMap<>();
            List<SaleDay> days = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SALE_DAYS)) {
                while (rs.next()) {
                    split(rs.getString(1), rs.getString(2), days);
                }
            }
            Map<LocalDate, Integer> anonymous = new HashMap<>();
            List<VoidedSale> voided = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(VOIDED)) {
                while (rs.next()) {
                    voided.add(new VoidedSale(rs.getString(1),
                            parsed.computeIfAbsent(rs.getString(2), LocalDate::parse)));
                    // rollup_day subtracts every void from sales_count; a customer's void is added back here
                    anonymous.merge(parsed.computeIfAbsent(rs.getString(3), LocalDate::parse), 1, Integer::sum);
                }
            }
            Map<String, String> names = new HashMap<>();
            List<Referral> referrals = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(REFERRALS)) {
                while (rs.next()) {
                    referrals.add(new Referral(rs.getString(1), rs.getString(2)));
                    names.put(rs.getString(2), rs.getString(3));
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(ANONYMOUS)) {
                while (rs.next()) {
                    anonymous.merge(parsed.computeIfAbsent(rs.getString(1), LocalDate::parse), rs.getInt(2),
                            Integer::sum);
                }
            }
            return new RetentionFacts(days, voided, referrals, names, anonymous);
        }));
    }
}
