package app.counterpart.store.kpi;

import static app.counterpart.store.jooq.Tables.OUTBOX;
import static app.counterpart.store.jooq.Tables.ROLLUP_DAY;
import static app.counterpart.store.jooq.Tables.ROLLUP_HOUR;
import static app.counterpart.store.jooq.Tables.SALE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import app.counterpart.core.kpi.CustomerMix;
import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.kpi.KpiRepository;
import app.counterpart.store.Database;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.Record;

public final class JooqKpiRepository implements KpiRepository {

    private final Database db;

    public JooqKpiRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<DayFigures> days(LocalDate from, LocalDate to) {
        return db.read(ctx -> ctx.selectFrom(ROLLUP_DAY)
                .where(ROLLUP_DAY.BUSINESS_DAY.between(from.toString(), to.toString()))
                .orderBy(ROLLUP_DAY.BUSINESS_DAY)
                .fetch(r -> new DayFigures(LocalDate.parse(r.getBusinessDay()), r.getSalesCount(), r.getRefundCount(),
                        r.getVoidCount(), r.getRevenueMinor(), r.getTaxMinor(), r.getDiscountMinor(),
                        r.getCostMinor(), r.getItemCount())));
    }

    @Override
    public long[] hourlyRevenue(LocalDate day) {
        long[] out = new long[24];
        db.read(ctx -> {
            ctx.selectFrom(ROLLUP_HOUR).where(ROLLUP_HOUR.BUSINESS_DAY.eq(day.toString()))
                    .forEach(r -> out[r.getHour()] = r.getRevenueMinor());
            return null;
        });
        return out;
    }

    @Override
    public long[] hourlySales(LocalDate day) {
        long[] out = new long[24];
        db.read(ctx -> {
            ctx.selectFrom(ROLLUP_HOUR).where(ROLLUP_HOUR.BUSINESS_DAY.eq(day.toString()))
                    .forEach(r -> out[r.getHour()] = r.getSalesCount());
            return null;
        });
        return out;
    }

    @Override
    public CustomerMix customerMix(LocalDate from, LocalDate to) {
        Field<Long> sales = sum(ROLLUP_DAY.SALES_COUNT).cast(Long.class);
        Field<Long> known = sum(ROLLUP_DAY.CUSTOMER_SALES).cast(Long.class);
        Field<Long> first = sum(ROLLUP_DAY.NEW_CUSTOMER_SALES).cast(Long.class);
        return db.read(ctx -> {
            Record r = ctx.select(sales, known, first).from(ROLLUP_DAY)
                    .where(ROLLUP_DAY.BUSINESS_DAY.between(from.toString(), to.toString())).fetchOne();
            long all = r == null || r.get(sales) == null ? 0 : r.get(sales);
            long withCustomer = r == null || r.get(known) == null ? 0 : r.get(known);
            long fresh = r == null || r.get(first) == null ? 0 : r.get(first);
            return new CustomerMix(fresh, withCustomer - fresh, Math.max(0, all - withCustomer));
        });
    }

    @Override
    public int careTasksDue(LocalDate today) {
        // A task's day is the later of its due day and the day it was snoozed until (CareTask.actionDay);
        // ISO dates compare as text.
        return db.read(ctx -> ((Number) ctx.fetchValue("SELECT COUNT(*) FROM care_task WHERE status = 'open'"
                + " AND max(due_day, coalesce(snoozed_until, due_day)) <= ?", today.toString())).intValue());
    }

    /**
     * Rows leave the outbox only from the front (after head office acknowledged them), and AUTOINCREMENT
     * never reuses or skips a committed seq, so the span of seq values counts them without a table scan.
     */
    @Override
    public int unsyncedChanges() {
        // Two scalar subqueries: SQLite answers a lone min() or max() from the index, not both at once.
        return db.read(ctx -> {
            Record r = ctx.select(DSL.field(ctx.select(DSL.min(OUTBOX.SEQ)).from(OUTBOX)),
                    DSL.field(ctx.select(DSL.max(OUTBOX.SEQ)).from(OUTBOX))).fetchOne();
            return r == null || r.get(0) == null ? 0 : r.get(1, Integer.class) - r.get(0, Integer.class) + 1;
        });
    }

    /** The same figures as {@link #days} recomputed from the raw sale rows, to check the rollups. */
    public List<DayFigures> daysFromRawRows(LocalDate from, LocalDate to) {
        Field<Integer> sales = sum(when(SALE.KIND.eq("sale"), 1).when(SALE.KIND.eq("void"), -1).otherwise(0))
                .cast(Integer.class);
        Field<Integer> refunds = count().filterWhere(SALE.KIND.eq("refund"));
        Field<Integer> voids = count().filterWhere(SALE.KIND.eq("void"));
        Field<Long> revenue = sum(SALE.TOTAL_MINOR).cast(Long.class);
        Field<Long> tax = sum(SALE.TAX_MINOR).cast(Long.class);
        Field<Long> discount = sum(SALE.DISCOUNT_MINOR).cast(Long.class);
        Field<Long> cost = sum(SALE.COST_MINOR).cast(Long.class);
        Field<Integer> items = sum(SALE.ITEM_COUNT).cast(Integer.class);
        return db.read(ctx -> ctx.select(SALE.BUSINESS_DAY, sales, refunds, voids, revenue, tax, discount, cost, items)
                .from(SALE)
                .where(SALE.BUSINESS_DAY.between(from.toString(), to.toString()))
                .groupBy(SALE.BUSINESS_DAY)
                .orderBy(SALE.BUSINESS_DAY)
                .fetch((Record r) -> new DayFigures(LocalDate.parse(r.get(SALE.BUSINESS_DAY)), r.get(sales),
                        r.get(refunds), r.get(voids), r.get(revenue), r.get(tax), r.get(discount), r.get(cost),
                        r.get(items))));
    }
}
