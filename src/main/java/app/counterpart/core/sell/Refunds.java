package app.counterpart.core.sell;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.SaleTotals;
import app.counterpart.core.sales.Tender;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds refunds and voids: new sales that reference the original and carry negated figures. Nothing
 * of the original is touched. Partial refunds take a proportional share of each line's discount and
 * tax; the last item of a line takes exactly what is left, so a line refunded piece by piece adds up
 * to the cent. (The store checks again, in the database, that no line is refunded beyond what was sold.)
 */
public final class Refunds {

    private Refunds() {
    }

    /** Quantities still refundable per original line id, after earlier refunds and voids. */
    public static Map<String, Integer> refundable(Sale original, List<Sale> reversals) {
        Map<String, Integer> left = new LinkedHashMap<>();
        for (SaleLine l : original.lines()) {
            left.put(l.id(), l.quantity());
        }
        for (Sale r : reversals) {
            for (SaleLine l : r.lines()) {
                if (l.originalLineId() != null) {
                    left.merge(l.originalLineId(), l.quantity(), Integer::sum);
                }
            }
        }
        return left;
    }

    /**
     * A refund of some items. {@code quantities} maps original line ids to how many to give back;
     * with {@code toStoreCredit} the money goes to the customer's store credit instead of the tenders
     * the sale was paid with.
     */
    public static Sale refund(Sale original, List<Sale> reversals, Map<String, Integer> quantities,
            boolean toStoreCredit, SaleStamp stamp, IdGenerator ids) {
        requireSale(original);
        Map<String, Integer> left = refundable(original, reversals);
        List<SaleLine> lines = new ArrayList<>();
        int no = 1;
        for (SaleLine l : original.lines()) {
            int q = quantities.getOrDefault(l.id(), 0);
            if (q == 0) {
                continue;
            }
            if (q < 0) {
                throw new SellException(SellException.Problem.QUANTITY_NOT_POSITIVE);
            }
            int remaining = left.get(l.id());
            if (q > remaining) {
                throw new SellException(SellException.Problem.REFUND_OVER_SOLD, remaining);
            }
            lines.add(q == remaining ? rest(l, reversals, ids.next(stamp.at()), no++)
                    : share(l, q, ids.next(stamp.at()), no++));
        }
        if (lines.isEmpty()) {
            throw new SellException(SellException.Problem.NOTHING_TO_REFUND);
        }
        SaleTotals totals = SaleTotals.of(lines);
        long payBack = -totals.totalMinor();
        List<Payment> payments;
        if (toStoreCredit) {
            if (original.customerId() == null) {
                throw new SellException(SellException.Problem.STORE_CREDIT_NEEDS_CUSTOMER);
            }
            payments = payBack == 0 ? List.of()
                    : List.of(new Payment(ids.next(stamp.at()), 1, Tender.STORE_CREDIT, -payBack, null, 0));
        } else {
            payments = toOriginalTenders(original, reversals, payBack, stamp, ids);
        }
        return build(ids.next(stamp.at()), SaleKind.REFUND, original, lines, totals, payments, stamp);
    }

    /** Undoes a whole sale: every line and every payment reversed exactly. Only for a sale with no refunds yet. */
    public static Sale voidSale(Sale original, List<Sale> reversals, SaleStamp stamp, IdGenerator ids) {
        requireSale(original);
        if (!reversals.isEmpty()) {
            throw new SellException(SellException.Problem.ALREADY_REVERSED);
        }
        List<SaleLine> lines = new ArrayList<>();
        int no = 1;
        for (SaleLine l : original.lines()) {
            lines.add(l.reversal(ids.next(stamp.at()), no++));
        }
        List<Payment> payments = new ArrayList<>();
        int seq = 1;
        for (Payment p : original.payments()) {
            payments.add(new Payment(ids.next(stamp.at()), seq++, p.tender(), -p.amountMinor(), null, 0));
        }
        return build(ids.next(stamp.at()), SaleKind.VOID, original, lines, SaleTotals.of(lines), payments, stamp);
    }

    private static void requireSale(Sale original) {
        if (original.kind() != SaleKind.SALE) {
            throw new SellException(SellException.Problem.NOT_A_SALE, original.number());
        }
    }

    private static Sale build(String id, SaleKind kind, Sale original, List<SaleLine> lines, SaleTotals t,
            List<Payment> payments, SaleStamp s) {
        return new Sale(id, null, kind, original.id(),
                s.deviceId(), s.shiftId(), s.cashierId(), original.servedById(), original.customerId(), s.at(),
                s.businessDay(), s.hour(), original.currency(), t.subtotalMinor(), t.discountMinor(), t.taxMinor(),
                t.totalMinor(), t.costMinor(), t.itemCount(), lines, payments);
    }

    /** q of a line's Q items: each figure in proportion, rounded half up, negated. */
    private static SaleLine share(SaleLine l, int q, String id, int no) {
        long discount = part(l.discountMinor(), q, l.quantity());
        long tax = part(l.taxMinor(), q, l.quantity());
        long total = part(l.totalMinor(), q, l.quantity());
        long cost = part(l.costMinor(), q, l.quantity());
        return new SaleLine(id, no, l.productId(), l.id(), -q, l.unitPriceMinor(), -discount, -tax, -total, -cost);
    }

    /** The last items of a line: whatever the earlier reversals left, so the line nets to zero. */
    private static SaleLine rest(SaleLine l, List<Sale> reversals, String id, int no) {
        long discount = l.discountMinor();
        long tax = l.taxMinor();
        long total = l.totalMinor();
        long cost = l.costMinor();
        int quantity = l.quantity();
        for (Sale r : reversals) {
            for (SaleLine x : r.lines()) {
                if (l.id().equals(x.originalLineId())) {
                    discount += x.discountMinor();
                    tax += x.taxMinor();
                    total += x.totalMinor();
                    cost += x.costMinor();
                    quantity += x.quantity();
                }
            }
        }
        return new SaleLine(id, no, l.productId(), l.id(), -quantity, l.unitPriceMinor(), -discount, -tax, -total,
                -cost);
    }

    private static long part(long amount, int q, int of) {
        return app.counterpart.core.common.Money.divideHalfUp(Math.multiplyExact(amount, (long) q), of);
    }

    /**
     * Pays a refund back on the tenders the sale was paid with, latest payment first, never more on a
     * tender than it still holds after earlier refunds; anything left over (only possible after
     * rounding) goes back in cash.
     */
    private static List<Payment> toOriginalTenders(Sale original, List<Sale> reversals, long payBack, SaleStamp stamp,
            IdGenerator ids) {
        Map<Tender, Long> held = new EnumMap<>(Tender.class);
        for (Payment p : original.payments()) {
            held.merge(p.tender(), p.amountMinor(), Long::sum);
        }
        for (Sale r : reversals) {
            for (Payment p : r.payments()) {
                held.merge(p.tender(), p.amountMinor(), Long::sum);
            }
        }
        List<Payment> ordered = new ArrayList<>(original.payments());
        ordered.sort(Comparator.comparingInt(Payment::seq).reversed());
        Map<Tender, Long> back = new EnumMap<>(Tender.class);
        long left = payBack;
        for (Payment p : ordered) {
            if (left <= 0) {
                break;
            }
            long available = held.getOrDefault(p.tender(), 0L) - back.getOrDefault(p.tender(), 0L);
            long take = Math.min(left, Math.max(0, available));
            if (take > 0) {
                back.merge(p.tender(), take, Long::sum);
                left -= take;
            }
        }
        if (left > 0) {
            back.merge(Tender.CASH, left, Long::sum);
        }
        List<Payment> out = new ArrayList<>();
        int seq = 1;
        for (Map.Entry<Tender, Long> e : back.entrySet()) {
            out.add(new Payment(ids.next(stamp.at()), seq++, e.getKey(), -e.getValue(), null, 0));
        }
        return out;
    }
}
