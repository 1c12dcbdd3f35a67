package app.counterpart.store.staff;

import app.counterpart.core.staff.performance.PerformanceRepository;
import app.counterpart.core.staff.performance.StaffFigures;
import app.counterpart.store.Database;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Record;

/**
 * The performance view's counts in four grouped queries over a range of business days: sales by the
 * person who served (sale_business_day), their member sales with "had this customer bought before"
 * (sale_customer), notes written (service_note_staff) and care tasks done (care_task_done_by).
 */
public final class JooqPerformanceRepository implements PerformanceRepository {

    static final String SALES = """
            SELECT served_by_id,
                   SUM(total_minor) AS net,
                   SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'void' THEN -1 ELSE 0 END) AS sales,
                   SUM(item_count) AS items
            FROM sale
            WHERE business_day BETWEEN ? AND ?
            GROUP BY served_by_id""";

    /** Member sales not voided; returning when the customer has a sale created before this one. */
    static final String MEMBERS = """
            SELECT s.served_by_id,
                   COUNT(DISTINCT s.customer_id) AS customers,
                   COUNT(*) AS member_sales,
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = s.customer_id
                                         AND e.created_at < s.created_at AND e.kind = 'sale')
                            THEN 1 ELSE 0 END) AS returning_sales
            FROM sale s
            WHERE s.business_day BETWEEN ? AND ? AND s.kind = 'sale' AND s.customer_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM sale v WHERE v.original_sale_id = s.id AND v.kind = 'void')
            GROUP BY s.served_by_id""";

    /** Notes by the business day they were written on, which the shop's calendar turns into instants. */
    static final String NOTES = """
            SELECT staff_id, COUNT(*) AS notes
            FROM service_note
            WHERE created_at >= ? AND created_at < ?
            GROUP BY staff_id""";

    static final String CARE = """
            SELECT done_by, COUNT(*) AS done
            FROM care_task
            WHERE status = 'done' AND done_day BETWEEN ? AND ?
            GROUP BY done_by""";

    private final Database db;
    private final app.counterpart.core.common.BusinessCalendar calendar;

    public JooqPerformanceRepository(Database db, app.counterpart.core.common.BusinessCalendar calendar) {
        this.db = db;
        this.calendar = calendar;
    }

    @Override
    public Map<String, StaffFigures> figures(LocalDate from, LocalDate to) {
        String f = from.toString();
        String t = to.toString();
        long start = calendar.start(from).toEpochMilli();
        long end = calendar.start(to.plusDays(1)).toEpochMilli();
        return db.read(ctx -> {
            Map<String, StaffFigures> out = new HashMap<>();
            for (Record r : ctx.fetch(SALES, f, t)) {
                add(out, new StaffFigures(r.get(0, String.class), num(r, 1), num(r, 2), num(r, 3), 0, 0, 0, 0, 0));
            }
            for (Record r : ctx.fetch(MEMBERS, f, t)) {
                add(out, new StaffFigures(r.get(0, String.class), 0, 0, 0, num(r, 1), num(r, 2), num(r, 3), 0, 0));
            }
            for (Record r : ctx.fetch(NOTES, start, end)) {
                add(out, new StaffFigures(r.get(0, String.class), 0, 0, 0, 0, 0, 0, num(r, 1), 0));
            }
            for (Record r : ctx.fetch(CARE, f, t)) {
                add(out, new StaffFigures(r.get(0, String.class), 0, 0, 0, 0, 0, 0, 0, num(r, 1)));
            }
            return out;
        });
    }

    private static void add(Map<String, StaffFigures> out, StaffFigures f) {
        out.merge(f.staffId(), f, StaffFigures::plus);
    }

    private static long num(Record r, int i) {
        Long v = r.get(i, Long.class);
        return v == null ? 0 : v;
    }
}
