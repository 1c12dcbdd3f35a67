package app.counterpart.store.sales;

import static app.counterpart.store.jooq.Tables.SHIFT_TALLY;
import static app.counterpart.store.jooq.Tables.SHIFT_TENDER;
import static app.counterpart.store.jooq.Tables.STORE_CREDIT;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.param;

import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import app.counterpart.store.RenderedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What a sale changes besides itself, booked in its transaction: the running totals of the shift it
 * was rung up in, and the customer's store credit when it was spent or refunded to. Rendered once,
 * like the rest of the commit (ADR 12), since every till sale runs them.
 */
final class TillBookings {

    private static final RenderedStatement CREDIT = RenderedStatement.insertInto(STORE_CREDIT, STORE_CREDIT.ID,
            STORE_CREDIT.CUSTOMER_ID, STORE_CREDIT.AMOUNT_MINOR, STORE_CREDIT.KIND, STORE_CREDIT.SALE_ID,
            STORE_CREDIT.AT);

    private static final RenderedStatement ADD_TALLY = new RenderedStatement(insertInto(SHIFT_TALLY,
            SHIFT_TALLY.SHIFT_ID, SHIFT_TALLY.SALES_COUNT, SHIFT_TALLY.REFUND_COUNT, SHIFT_TALLY.VOID_COUNT,
            SHIFT_TALLY.REVENUE_MINOR, SHIFT_TALLY.TAX_MINOR, SHIFT_TALLY.DISCOUNT_MINOR, SHIFT_TALLY.ITEM_COUNT)
            .values(param(SHIFT_TALLY.SHIFT_ID), param(SHIFT_TALLY.SALES_COUNT), param(SHIFT_TALLY.REFUND_COUNT),
                    param(SHIFT_TALLY.VOID_COUNT), param(SHIFT_TALLY.REVENUE_MINOR), param(SHIFT_TALLY.TAX_MINOR),
                    param(SHIFT_TALLY.DISCOUNT_MINOR), param(SHIFT_TALLY.ITEM_COUNT))
            .onConflict(SHIFT_TALLY.SHIFT_ID).doUpdate()
            .set(SHIFT_TALLY.SALES_COUNT, SHIFT_TALLY.SALES_COUNT.plus(excluded(SHIFT_TALLY.SALES_COUNT)))
            .set(SHIFT_TALLY.REFUND_COUNT, SHIFT_TALLY.REFUND_COUNT.plus(excluded(SHIFT_TALLY.REFUND_COUNT)))
            .set(SHIFT_TALLY.VOID_COUNT, SHIFT_TALLY.VOID_COUNT.plus(excluded(SHIFT_TALLY.VOID_COUNT)))
            .set(SHIFT_TALLY.REVENUE_MINOR, SHIFT_TALLY.REVENUE_MINOR.plus(excluded(SHIFT_TALLY.REVENUE_MINOR)))
            .set(SHIFT_TALLY.TAX_MINOR, SHIFT_TALLY.TAX_MINOR.plus(excluded(SHIFT_TALLY.TAX_MINOR)))
            .set(SHIFT_TALLY.DISCOUNT_MINOR, SHIFT_TALLY.DISCOUNT_MINOR.plus(excluded(SHIFT_TALLY.DISCOUNT_MINOR)))
            .set(SHIFT_TALLY.ITEM_COUNT, SHIFT_TALLY.ITEM_COUNT.plus(excluded(SHIFT_TALLY.ITEM_COUNT))));

    private static final RenderedStatement ADD_TENDER = new RenderedStatement(insertInto(SHIFT_TENDER,
            SHIFT_TENDER.SHIFT_ID, SHIFT_TENDER.TENDER, SHIFT_TENDER.AMOUNT_MINOR)
            .values(param(SHIFT_TENDER.SHIFT_ID), param(SHIFT_TENDER.TENDER), param(SHIFT_TENDER.AMOUNT_MINOR))
            .onConflict(SHIFT_TENDER.SHIFT_ID, SHIFT_TENDER.TENDER).doUpdate()
            .set(SHIFT_TENDER.AMOUNT_MINOR, SHIFT_TENDER.AMOUNT_MINOR.plus(excluded(SHIFT_TENDER.AMOUNT_MINOR))));

    private TillBookings() {
    }

    static void apply(DSLContext ctx, List<Sale> sales) {
        RenderedStatement.Batch credit = CREDIT.batch(ctx);
        Map<String, long[]> shifts = new LinkedHashMap<>();
        Map<String, Map<Tender, Long>> tenders = new LinkedHashMap<>();
        for (Sale s : sales) {
            if (s.shiftId() != null) {
                long[] t = shifts.computeIfAbsent(s.shiftId(), k -> new long[7]);
                t[0] += s.kind() == SaleKind.SALE ? 1 : s.kind() == SaleKind.VOID ? -1 : 0;
                t[1] += s.kind() == SaleKind.REFUND ? 1 : 0;
                t[2] += s.kind() == SaleKind.VOID ? 1 : 0;
                t[3] += s.totalMinor();
                t[4] += s.taxMinor();
                t[5] += s.discountMinor();
                t[6] += s.itemCount();
                Map<Tender, Long> byTender = tenders.computeIfAbsent(s.shiftId(), k -> new LinkedHashMap<>());
                for (Payment p : s.payments()) {
                    byTender.merge(p.tender(), p.amountMinor(), Long::sum);
                }
            }
            for (Payment p : s.payments()) {
                if (p.tender() == Tender.STORE_CREDIT && s.customerId() != null && p.amountMinor() != 0) {
                    // Paying with credit spends it; a refund to credit (a negative payment) adds to it.
                    credit.bind("sc-" + p.id(), s.customerId(), -p.amountMinor(), s.kind().code(), s.id(),
                            s.createdAt().toEpochMilli());
                }
            }
        }
        if (credit.size() > 0) {
            credit.execute();
        }
        for (Map.Entry<String, long[]> e : shifts.entrySet()) {
            long[] t = e.getValue();
            ADD_TALLY.execute(ctx, e.getKey(), (int) t[0], (int) t[1], (int) t[2], t[3], t[4], t[5], (int) t[6]);
        }
        for (Map.Entry<String, Map<Tender, Long>> e : tenders.entrySet()) {
            for (Map.Entry<Tender, Long> t : e.getValue().entrySet()) {
                ADD_TENDER.execute(ctx, e.getKey(), t.getKey().code(), t.getValue());
            }
        }
    }
}
