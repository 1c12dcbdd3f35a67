package app.counterpart.store.report;

import static app.counterpart.store.jooq.Tables.ROLLUP_DAY;
import static app.counterpart.store.jooq.Tables.ROLLUP_PRODUCT_DAY;
import static app.counterpart.store.jooq.Tables.ROLLUP_STAFF_DAY;
import static app.counterpart.store.jooq.Tables.ROLLUP_TENDER_DAY;
import static app.counterpart.store.jooq.Tables.CUSTOMER_STATS;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.update;

import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.store.RenderedStatement;
import app.counterpart.store.jooq.tables.records.CustomerStatsRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Keeps the report rollups (per product, person, tender and customer counts per day) in step with the
 * sales of one commit, inside its transaction. The sale rows must already be inserted.
 */
public final class ReportRollups {

    private ReportRollups() {
    }

    private record Key(String day, String id) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = day.compareTo(o.day);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    // Each commit adds its figures to the day's row or starts it. Rendered once, bound per row: they
    // run with every sale commit. The values to add come in once, as the excluded (proposed) row.

    private static final RenderedStatement ADD_PRODUCT_DAY = new RenderedStatement(insertInto(ROLLUP_PRODUCT_DAY,
            ROLLUP_PRODUCT_DAY.BUSINESS_DAY, ROLLUP_PRODUCT_DAY.PRODUCT_ID, ROLLUP_PRODUCT_DAY.QUANTITY,
            ROLLUP_PRODUCT_DAY.REVENUE_MINOR, ROLLUP_PRODUCT_DAY.TAX_MINOR, ROLLUP_PRODUCT_DAY.COST_MINOR)
            .values(param(ROLLUP_PRODUCT_DAY.BUSINESS_DAY), param(ROLLUP_PRODUCT_DAY.PRODUCT_ID),
                    param(ROLLUP_PRODUCT_DAY.QUANTITY), param(ROLLUP_PRODUCT_DAY.REVENUE_MINOR),
                    param(ROLLUP_PRODUCT_DAY.TAX_MINOR), param(ROLLUP_PRODUCT_DAY.COST_MINOR))
            .onConflict(ROLLUP_PRODUCT_DAY.BUSINESS_DAY, ROLLUP_PRODUCT_DAY.PRODUCT_ID).doUpdate()
            .set(ROLLUP_PRODUCT_DAY.QUANTITY, added(ROLLUP_PRODUCT_DAY.QUANTITY))
            .set(ROLLUP_PRODUCT_DAY.REVENUE_MINOR, added(ROLLUP_PRODUCT_DAY.REVENUE_MINOR))
            .set(ROLLUP_PRODUCT_DAY.TAX_MINOR, added(ROLLUP_PRODUCT_DAY.TAX_MINOR))
            .set(ROLLUP_PRODUCT_DAY.COST_MINOR, added(ROLLUP_PRODUCT_DAY.COST_MINOR)));

    private static final RenderedStatement ADD_STAFF_DAY = new RenderedStatement(insertInto(ROLLUP_STAFF_DAY,
            ROLLUP_STAFF_DAY.BUSINESS_DAY, ROLLUP_STAFF_DAY.STAFF_ID, ROLLUP_STAFF_DAY.SALES_COUNT,
            ROLLUP_STAFF_DAY.REVENUE_MINOR, ROLLUP_STAFF_DAY.ITEM_COUNT)
            .values(param(ROLLUP_STAFF_DAY.BUSINESS_DAY), param(ROLLUP_STAFF_DAY.STAFF_ID),
                    param(ROLLUP_STAFF_DAY.SALES_COUNT), param(ROLLUP_STAFF_DAY.REVENUE_MINOR),
                    param(ROLLUP_STAFF_DAY.ITEM_COUNT))
            .onConflict(ROLLUP_STAFF_DAY.BUSINESS_DAY, ROLLUP_STAFF_DAY.STAFF_ID).doUpdate()
            .set(ROLLUP_STAFF_DAY.SALES_COUNT, added(ROLLUP_STAFF_DAY.SALES_COUNT))
            .set(ROLLUP_STAFF_DAY.REVENUE_MINOR, added(ROLLUP_STAFF_DAY.REVENUE_MINOR))
            .set(ROLLUP_STAFF_DAY.ITEM_COUNT, added(ROLLUP_STAFF_DAY.ITEM_COUNT)));

    private static final RenderedStatement ADD_TENDER_DAY = new RenderedStatement(insertInto(ROLLUP_TENDER_DAY,
            ROLLUP_TENDER_DAY.BUSINESS_DAY, ROLLUP_TENDER_DAY.TENDER, ROLLUP_TENDER_DAY.PAYMENT_COUNT,
            ROLLUP_TENDER_DAY.AMOUNT_MINOR)
            .values(param(ROLLUP_TENDER_DAY.BUSINESS_DAY), param(ROLLUP_TENDER_DAY.TENDER),
                    param(ROLLUP_TENDER_DAY.PAYMENT_COUNT), param(ROLLUP_TENDER_DAY.AMOUNT_MINOR))
            .onConflict(ROLLUP_TENDER_DAY.BUSINESS_DAY, ROLLUP_TENDER_DAY.TENDER).doUpdate()
            .set(ROLLUP_TENDER_DAY.PAYMENT_COUNT, added(ROLLUP_TENDER_DAY.PAYMENT_COUNT))
            .set(ROLLUP_TENDER_DAY.AMOUNT_MINOR, added(ROLLUP_TENDER_DAY.AMOUNT_MINOR)));

    /** rollup_day rows exist already: the day rollup of the same commit (or an earlier one) wrote them. */
    private static final RenderedStatement ADD_CUSTOMER_SALES = new RenderedStatement(update(ROLLUP_DAY)
            .set(ROLLUP_DAY.CUSTOMER_SALES, ROLLUP_DAY.CUSTOMER_SALES.plus(param(ROLLUP_DAY.CUSTOMER_SALES)))
            .set(ROLLUP_DAY.NEW_CUSTOMER_SALES,
                    ROLLUP_DAY.NEW_CUSTOMER_SALES.plus(param(ROLLUP_DAY.NEW_CUSTOMER_SALES)))
            .where(ROLLUP_DAY.BUSINESS_DAY.eq(param(ROLLUP_DAY.BUSINESS_DAY))));

    /** The stored figure plus the one the upsert proposed. */
    private static <T extends Number> Field<T> added(Field<T> column) {
        return column.plus(excluded(column));
    }

    public static void apply(DSLContext ctx, List<Sale> sales) {
        Map<Key, long[]> products = new TreeMap<>();
        Map<Key, long[]> staff = new TreeMap<>();
        Map<Key, long[]> tenders = new TreeMap<>();
        Map<String, long[]> customers = new TreeMap<>();
        Map<String, List<Sale>> byCustomer = new TreeMap<>();
        for (Sale s : sales) {
            String day = s.businessDay().toString();
            int saleDelta = s.kind() == SaleKind.SALE ? 1 : s.kind() == SaleKind.VOID ? -1 : 0;
            for (SaleLine l : s.lines()) {
                long[] p = products.computeIfAbsent(new Key(day, l.productId()), k -> new long[4]);
                p[0] += l.quantity();
                p[1] += l.totalMinor();
                p[2] += l.taxMinor();
                p[3] += l.costMinor();
            }
            long[] st = staff.computeIfAbsent(new Key(day, s.servedById()), k -> new long[3]);
            st[0] += saleDelta;
            st[1] += s.totalMinor();
            st[2] += s.itemCount();
            for (Payment p : s.payments()) {
                long[] t = tenders.computeIfAbsent(new Key(day, p.tender().code()), k -> new long[2]);
                t[0] += saleDelta;
                t[1] += p.amountMinor();
            }
            if (s.customerId() != null) {
                if (s.kind() == SaleKind.SALE) {
                    customers.computeIfAbsent(day, k -> new long[2])[0]++;
                }
                byCustomer.computeIfAbsent(s.customerId(), k -> new ArrayList<>()).add(s);
            }
        }
        byCustomer.forEach((customerId, list) -> customerStats(ctx, customerId, list, customers));
        RenderedStatement.Batch productRows = ADD_PRODUCT_DAY.batch(ctx);
        products.forEach((k, v) -> productRows.bind(k.day(), k.id(), (int) v[0], v[1], v[2], v[3]));
        productRows.execute();
        RenderedStatement.Batch staffRows = ADD_STAFF_DAY.batch(ctx);
        staff.forEach((k, v) -> staffRows.bind(k.day(), k.id(), (int) v[0], v[1], (int) v[2]));
        staffRows.execute();
        RenderedStatement.Batch tenderRows = ADD_TENDER_DAY.batch(ctx);
        tenders.forEach((k, v) -> tenderRows.bind(k.day(), k.id(), (int) v[0], v[1]));
        tenderRows.execute();
        RenderedStatement.Batch customerDays = ADD_CUSTOMER_SALES.batch(ctx);
        customers.forEach((day, v) -> customerDays.bind((int) v[0], (int) v[1], day));
        customerDays.execute();
    }

    /**
     * Updates one customer's visit figures. A customer's first sale ever counts as a new-customer sale on
     * its day; sales can arrive out of time order (another device's sales, a late sync), so when the
     * batch holds a sale earlier than the known first one, the count moves from the old day to the new.
     */
    private static void customerStats(DSLContext ctx, String customerId, List<Sale> sales, Map<String, long[]> perDay) {
        CustomerStatsRecord stats = ctx.selectFrom(CUSTOMER_STATS).where(CUSTOMER_STATS.CUSTOMER_ID.eq(customerId))
                .fetchOne();
        boolean known = stats != null;
        if (!known) {
            stats = ctx.newRecord(CUSTOMER_STATS);
            stats.setCustomerId(customerId);
            stats.setVisits(0);
            stats.setRevenueMinor(0L);
        }
        Sale first = null;
        for (Sale s : sales) {
            stats.setVisits(stats.getVisits() + (s.kind() == SaleKind.SALE ? 1 : s.kind() == SaleKind.VOID ? -1 : 0));
            stats.setRevenueMinor(stats.getRevenueMinor() + s.totalMinor());
            if (s.kind() != SaleKind.SALE) {
                continue;
            }
            long at = s.createdAt().toEpochMilli();
            if (stats.getLastSaleAt() == null || at > stats.getLastSaleAt()) {
                stats.setLastSaleAt(at);
            }
            if (first == null || earlier(s, first.createdAt().toEpochMilli(), first.id())) {
                first = s;
            }
        }
        if (first != null && (stats.getFirstSaleAt() == null
                || earlier(first, stats.getFirstSaleAt(), stats.getFirstSaleId()))) {
            if (stats.getFirstSaleDay() != null) {
                perDay.computeIfAbsent(stats.getFirstSaleDay(), k -> new long[2])[1]--;
            }
            perDay.computeIfAbsent(first.businessDay().toString(), k -> new long[2])[1]++;
            stats.setFirstSaleAt(first.createdAt().toEpochMilli());
            stats.setFirstSaleId(first.id());
            stats.setFirstSaleDay(first.businessDay().toString());
        }
        if (known) {
            stats.update();
        } else {
            stats.insert();
        }
    }

    /** Whether a sale comes before (at, id): by time, then by id, the order the raw definition uses. */
    private static boolean earlier(Sale s, long at, String id) {
        long t = s.createdAt().toEpochMilli();
        return t < at || (t == at && s.id().compareTo(id) < 0);
    }
}
