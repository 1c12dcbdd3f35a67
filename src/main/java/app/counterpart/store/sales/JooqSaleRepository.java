package app.counterpart.store.sales;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.PAYMENT;
import static app.counterpart.store.jooq.Tables.ROLLUP_DAY;
import static app.counterpart.store.jooq.Tables.ROLLUP_HOUR;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.param;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.SaleRepository;
import app.counterpart.store.Database;
import app.counterpart.store.RenderedStatement;
import app.counterpart.store.outbox.OutboxWriter;
import app.counterpart.store.report.ReportRollups;
import app.counterpart.store.stock.StockLedger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Stores sales. One call is one transaction holding the sales, their lines and payments, the stock
 * movements of their lines, the rollup updates, the outbox rows and the audit entries; the batch
 * binds keep a bulk load fast.
 */
public final class JooqSaleRepository implements SaleRepository {

    private final Database db;
    private final IdGenerator ids;

    public JooqSaleRepository(Database db, IdGenerator ids) {
        this.db = db;
        this.ids = ids;
    }

    @Override
    public void commit(List<Sale> sales) {
        if (sales.isEmpty()) {
            return;
        }
        db.write(ctx -> {
            insertRows(ctx, sales, true);
            updateRollups(ctx, sales);
            ReportRollups.apply(ctx, sales);
            return null;
        });
    }

    /**
     * Stores sales another device of the shop committed (sync), with every effect a local commit has on
     * stock, shift and store credit bookings and rollups, but no outbox rows (the device that rang them
     * up has sent them; queueing them here would send them back) and no audit entries (they are that
     * device's). The caller skips sales already present. Joins the caller's transaction.
     */
    public void commitFromAnotherDevice(List<Sale> sales) {
        if (sales.isEmpty()) {
            return;
        }
        db.write(ctx -> {
            insertRows(ctx, sales, false);
            updateRollups(ctx, sales);
            ReportRollups.apply(ctx, sales);
            return null;
        });
    }

    @Override
    public long saleLineCount() {
        return db.read(ctx -> (long) ctx.fetchCount(SALE_LINE));
    }

    // The statements of a commit, rendered once (see RenderedStatement): a till runs them all day.
    private static final RenderedStatement SALE_ROWS = RenderedStatement.insertInto(SALE, SALE.ID, SALE.NUMBER,
            SALE.KIND, SALE.ORIGINAL_SALE_ID, SALE.DEVICE_ID, SALE.SHIFT_ID, SALE.CASHIER_ID, SALE.SERVED_BY_ID,
            SALE.CUSTOMER_ID, SALE.CREATED_AT, SALE.BUSINESS_DAY, SALE.HOUR, SALE.CURRENCY, SALE.SUBTOTAL_MINOR,
            SALE.DISCOUNT_MINOR, SALE.TAX_MINOR, SALE.TOTAL_MINOR, SALE.COST_MINOR, SALE.ITEM_COUNT);
    private static final RenderedStatement LINE_ROWS = RenderedStatement.insertInto(SALE_LINE, SALE_LINE.ID,
            SALE_LINE.SALE_ID, SALE_LINE.LINE_NO, SALE_LINE.PRODUCT_ID, SALE_LINE.ORIGINAL_LINE_ID,
            SALE_LINE.QUANTITY, SALE_LINE.UNIT_PRICE_MINOR, SALE_LINE.DISCOUNT_MINOR, SALE_LINE.TAX_MINOR,
            SALE_LINE.TOTAL_MINOR, SALE_LINE.COST_MINOR);
    private static final RenderedStatement PAYMENT_ROWS = RenderedStatement.insertInto(PAYMENT, PAYMENT.ID,
            PAYMENT.SALE_ID, PAYMENT.SEQ, PAYMENT.TENDER, PAYMENT.AMOUNT_MINOR, PAYMENT.TENDERED_MINOR,
            PAYMENT.CHANGE_MINOR);
    private static final RenderedStatement AUDIT_ROWS = RenderedStatement.insertInto(AUDIT_LOG, AUDIT_LOG.ID,
            AUDIT_LOG.AT, AUDIT_LOG.STAFF_ID, AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID,
            AUDIT_LOG.DETAIL);

    private void insertRows(DSLContext ctx, List<Sale> sales, boolean local) {
        RenderedStatement.Batch saleRows = SALE_ROWS.batch(ctx);
        RenderedStatement.Batch lineRows = LINE_ROWS.batch(ctx);
        RenderedStatement.Batch paymentRows = PAYMENT_ROWS.batch(ctx);
        RenderedStatement.Batch auditRows = AUDIT_ROWS.batch(ctx);
        OutboxWriter outbox = new OutboxWriter(ctx);
        List<String> saleIds = new ArrayList<>(sales.size());
        for (Sale s : sales) {
            saleIds.add(s.id());
            long at = s.createdAt().toEpochMilli();
            saleRows.bind(s.id(), s.number(), s.kind().code(), s.originalSaleId(), s.deviceId(), s.shiftId(),
                    s.cashierId(), s.servedById(), s.customerId(), at, s.businessDay().toString(), s.hour(),
                    s.currency(), s.subtotalMinor(), s.discountMinor(), s.taxMinor(), s.totalMinor(), s.costMinor(),
                    s.itemCount());
            for (SaleLine l : s.lines()) {
                lineRows.bind(l.id(), s.id(), l.lineNo(), l.productId(), l.originalLineId(), l.quantity(),
                        l.unitPriceMinor(), l.discountMinor(), l.taxMinor(), l.totalMinor(), l.costMinor());
            }
            for (Payment p : s.payments()) {
                paymentRows.bind(p.id(), s.id(), p.seq(), p.tender().code(), p.amountMinor(), p.tenderedMinor(),
                        p.changeMinor());
            }
            if (local) {
                // A sale never changes, so its id names its one mutation.
                outbox.add(s.id(), "sale", s.id(), "insert", null, at);
                auditRows.bind(ids.next(s.createdAt()), at, s.cashierId(), s.kind().code() + ".commit", "sale",
                        s.id(), s.number() + " " + s.totalMinor() + " " + s.currency());
            }
        }
        // A batch with nothing bound would run once with every value null.
        int lineCount = sales.stream().mapToInt(s -> s.lines().size()).sum();
        int paymentCount = sales.stream().mapToInt(s -> s.payments().size()).sum();
        saleRows.execute();
        if (lineCount > 0) {
            lineRows.execute();
        }
        StockLedger.bookSales(ctx, saleIds);
        if (paymentCount > 0) {
            paymentRows.execute();
        }
        TillBookings.apply(ctx, sales);
        if (local) {
            outbox.flush();
            auditRows.execute();
        }
    }

    private static final class DayDelta {
        int sales;
        int refunds;
        int voids;
        long revenue;
        long tax;
        long discount;
        long cost;
        int items;
    }

    private record HourKey(LocalDate day, int hour) implements Comparable<HourKey> {
        @Override
        public int compareTo(HourKey o) {
            int c = day.compareTo(o.day);
            return c != 0 ? c : Integer.compare(hour, o.hour);
        }
    }

    private static final RenderedStatement ADD_DAY = new RenderedStatement(insertInto(ROLLUP_DAY,
            ROLLUP_DAY.BUSINESS_DAY, ROLLUP_DAY.SALES_COUNT, ROLLUP_DAY.REFUND_COUNT, ROLLUP_DAY.VOID_COUNT,
            ROLLUP_DAY.REVENUE_MINOR, ROLLUP_DAY.TAX_MINOR, ROLLUP_DAY.DISCOUNT_MINOR, ROLLUP_DAY.COST_MINOR,
            ROLLUP_DAY.ITEM_COUNT)
            .values(param(ROLLUP_DAY.BUSINESS_DAY), param(ROLLUP_DAY.SALES_COUNT), param(ROLLUP_DAY.REFUND_COUNT),
                    param(ROLLUP_DAY.VOID_COUNT), param(ROLLUP_DAY.REVENUE_MINOR), param(ROLLUP_DAY.TAX_MINOR),
                    param(ROLLUP_DAY.DISCOUNT_MINOR), param(ROLLUP_DAY.COST_MINOR), param(ROLLUP_DAY.ITEM_COUNT))
            .onConflict(ROLLUP_DAY.BUSINESS_DAY).doUpdate()
            .set(ROLLUP_DAY.SALES_COUNT, ROLLUP_DAY.SALES_COUNT.plus(excluded(ROLLUP_DAY.SALES_COUNT)))
            .set(ROLLUP_DAY.REFUND_COUNT, ROLLUP_DAY.REFUND_COUNT.plus(excluded(ROLLUP_DAY.REFUND_COUNT)))
            .set(ROLLUP_DAY.VOID_COUNT, ROLLUP_DAY.VOID_COUNT.plus(excluded(ROLLUP_DAY.VOID_COUNT)))
            .set(ROLLUP_DAY.REVENUE_MINOR, ROLLUP_DAY.REVENUE_MINOR.plus(excluded(ROLLUP_DAY.REVENUE_MINOR)))
            .set(ROLLUP_DAY.TAX_MINOR, ROLLUP_DAY.TAX_MINOR.plus(excluded(ROLLUP_DAY.TAX_MINOR)))
            .set(ROLLUP_DAY.DISCOUNT_MINOR, ROLLUP_DAY.DISCOUNT_MINOR.plus(excluded(ROLLUP_DAY.DISCOUNT_MINOR)))
            .set(ROLLUP_DAY.COST_MINOR, ROLLUP_DAY.COST_MINOR.plus(excluded(ROLLUP_DAY.COST_MINOR)))
            .set(ROLLUP_DAY.ITEM_COUNT, ROLLUP_DAY.ITEM_COUNT.plus(excluded(ROLLUP_DAY.ITEM_COUNT))));
    private static final RenderedStatement ADD_HOUR = new RenderedStatement(insertInto(ROLLUP_HOUR,
            ROLLUP_HOUR.BUSINESS_DAY, ROLLUP_HOUR.HOUR, ROLLUP_HOUR.SALES_COUNT, ROLLUP_HOUR.REVENUE_MINOR)
            .values(param(ROLLUP_HOUR.BUSINESS_DAY), param(ROLLUP_HOUR.HOUR), param(ROLLUP_HOUR.SALES_COUNT),
                    param(ROLLUP_HOUR.REVENUE_MINOR))
            .onConflict(ROLLUP_HOUR.BUSINESS_DAY, ROLLUP_HOUR.HOUR).doUpdate()
            .set(ROLLUP_HOUR.SALES_COUNT, ROLLUP_HOUR.SALES_COUNT.plus(excluded(ROLLUP_HOUR.SALES_COUNT)))
            .set(ROLLUP_HOUR.REVENUE_MINOR, ROLLUP_HOUR.REVENUE_MINOR.plus(excluded(ROLLUP_HOUR.REVENUE_MINOR))));

    /** Folds the batch into one upsert per touched day and hour. */
    private static void updateRollups(DSLContext ctx, List<Sale> sales) {
        Map<LocalDate, DayDelta> days = new TreeMap<>();
        Map<HourKey, long[]> hours = new TreeMap<>();
        for (Sale s : sales) {
            DayDelta d = days.computeIfAbsent(s.businessDay(), k -> new DayDelta());
            int saleDelta = s.kind() == SaleKind.SALE ? 1 : s.kind() == SaleKind.VOID ? -1 : 0;
            d.sales += saleDelta;
            d.refunds += s.kind() == SaleKind.REFUND ? 1 : 0;
            d.voids += s.kind() == SaleKind.VOID ? 1 : 0;
            d.revenue += s.totalMinor();
            d.tax += s.taxMinor();
            d.discount += s.discountMinor();
            d.cost += s.costMinor();
            d.items += s.itemCount();
            long[] h = hours.computeIfAbsent(new HourKey(s.businessDay(), s.hour()), k -> new long[2]);
            h[0] += saleDelta;
            h[1] += s.totalMinor();
        }
        for (Map.Entry<LocalDate, DayDelta> e : days.entrySet()) {
            DayDelta d = e.getValue();
            ADD_DAY.execute(ctx, e.getKey().toString(), d.sales, d.refunds, d.voids, d.revenue, d.tax, d.discount,
                    d.cost, d.items);
        }
        for (Map.Entry<HourKey, long[]> e : hours.entrySet()) {
            ADD_HOUR.execute(ctx, e.getKey().day().toString(), e.getKey().hour(), (int) e.getValue()[0],
                    e.getValue()[1]);
        }
    }
}
