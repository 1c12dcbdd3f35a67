package app.counterpart.store.sales;

import static app.counterpart.store.jooq.Tables.SHIFT_TALLY;
import static app.counterpart.store.jooq.Tables.SHIFT_TENDER;
import static app.counterpart.store.jooq.Tables.STORE_CREDIT;

import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * What a sale changes besides itself, booked in its transaction: the running totals of the shift it
 * was rung up in, and the customer's store credit when it was spent or refunded to.
 */
final class TillBookings {

    private TillBookings() {
    }

    static void apply(DSLContext ctx, List<Sale> sales) {
        BatchBindStep credit = null;
        int creditRows = 0;
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
                    if (credit == null) {
                        credit = ctx.batch(ctx.insertInto(STORE_CREDIT, STORE_CREDIT.ID, STORE_CREDIT.CUSTOMER_ID,
                                STORE_CREDIT.AMOUNT_MINOR, STORE_CREDIT.KIND, STORE_CREDIT.SALE_ID, STORE_CREDIT.AT)
                                .values((String) null, null, null, null, null, null));
                    }
                    // Paying with credit spends it; a refund to credit (a negative payment) adds to it.
                    credit.bind("sc-" + p.id(), s.customerId(), -p.amountMinor(), s.kind().code(), s.id(),
                            s.createdAt().toEpochMilli());
                    creditRows++;
                }
            }
        }
        if (creditRows > 0) {
            credit.execute();
        }
        for (Map.Entry<String, long[]> e : shifts.entrySet()) {
            long[] t = e.getValue();
            ctx.insertInto(SHIFT_TALLY)
                    .set(SHIFT_TALLY.SHIFT_ID, e.getKey())
                    .set(SHIFT_TALLY.SALES_COUNT, (int) t[0])
                    .set(SHIFT_TALLY.REFUND_COUNT, (int) t[1])
                    .set(SHIFT_TALLY.VOID_COUNT, (int) t[2])
                    .set(SHIFT_TALLY.REVENUE_MINOR, t[3])
                    .set(SHIFT_TALLY.TAX_MINOR, t[4])
                    .set(SHIFT_TALLY.DISCOUNT_MINOR, t[5])
                    .set(SHIFT_TALLY.ITEM_COUNT, (int) t[6])
                    .onConflict(SHIFT_TALLY.SHIFT_ID).doUpdate()
                    .set(SHIFT_TALLY.SALES_COUNT, SHIFT_TALLY.SALES_COUNT.plus((int) t[0]))
                    .set(SHIFT_TALLY.REFUND_COUNT, SHIFT_TALLY.REFUND_COUNT.plus((int) t[1]))
                    .set(SHIFT_TALLY.VOID_COUNT, SHIFT_TALLY.VOID_COUNT.plus((int) t[2]))
                    .set(SHIFT_TALLY.REVENUE_MINOR, SHIFT_TALLY.REVENUE_MINOR.plus(t[3]))
                    .set(SHIFT_TALLY.TAX_MINOR, SHIFT_TALLY.TAX_MINOR.plus(t[4]))
                    .set(SHIFT_TALLY.DISCOUNT_MINOR, SHIFT_TALLY.DISCOUNT_MINOR.plus(t[5]))
                    .set(SHIFT_TALLY.ITEM_COUNT, SHIFT_TALLY.ITEM_COUNT.plus((int) t[6]))
                    .execute();
        }
        for (Map.Entry<String, Map<Tender, Long>> e : tenders.entrySet()) {
            for (Map.Entry<Tender, Long> t : e.getValue().entrySet()) {
                ctx.insertInto(SHIFT_TENDER)
                        .set(SHIFT_TENDER.SHIFT_ID, e.getKey())
                        .set(SHIFT_TENDER.TENDER, t.getKey().code())
                        .set(SHIFT_TENDER.AMOUNT_MINOR, t.getValue())
                        .onConflict(SHIFT_TENDER.SHIFT_ID, SHIFT_TENDER.TENDER).doUpdate()
                        .set(SHIFT_TENDER.AMOUNT_MINOR, SHIFT_TENDER.AMOUNT_MINOR.plus(t.getValue()))
                        .execute();
            }
        }
    }
}
