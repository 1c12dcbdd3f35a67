package app.counterpart.core.sales;

import java.util.List;

/** A sale's header figures, which are always the sums of its lines. */
public record SaleTotals(long subtotalMinor, long discountMinor, long taxMinor, long totalMinor, long costMinor,
        int itemCount) {

    public static SaleTotals of(List<SaleLine> lines) {
        long subtotal = 0;
        long discount = 0;
        long tax = 0;
        long total = 0;
        long cost = 0;
        int items = 0;
        for (SaleLine l : lines) {
            subtotal = Math.addExact(subtotal, Math.multiplyExact(l.unitPriceMinor(), (long) l.quantity()));
            discount += l.discountMinor();
            tax += l.taxMinor();
            total = Math.addExact(total, l.totalMinor());
            cost += l.costMinor();
            items += l.quantity();
        }
        return new SaleTotals(subtotal, discount, tax, total, cost, items);
    }
}
