package app.counterpart.core.sell;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Tender;
import java.util.ArrayList;
import java.util.List;

/**
 * Payments towards a cart. Card, WeChat Pay, Alipay and store credit are charged at most what is still
 * due; cash may be more, and the difference is change. All tendering rules live here.
 */
public final class Tendering {

    private Tendering() {
    }

    /** What is still to pay; zero or less once the tenders cover the total (less than zero means change). */
    public static long remaining(long dueMinor, List<TenderEntry> entries) {
        long paid = 0;
        for (TenderEntry e : entries) {
            paid = Math.addExact(paid, e.amountMinor());
        }
        return dueMinor - paid;
    }

    public static boolean complete(long dueMinor, List<TenderEntry> entries) {
        return remaining(dueMinor, entries) <= 0;
    }

    /** Change for the customer once paid in full: only cash can be over-tendered. */
    public static long change(long dueMinor, List<TenderEntry> entries) {
        return Math.max(0, -remaining(dueMinor, entries));
    }

    /**
     * Adds a tender, refusing one that cannot be right: nothing due, a non-cash amount over what is
     * due, store credit without a customer or beyond their balance, an absurd amount.
     */
    public static List<TenderEntry> add(List<TenderEntry> entries, TenderEntry entry, long dueMinor,
            CartCustomer customer) {
        long left = remaining(dueMinor, entries);
        if (left <= 0) {
            throw new SellException(SellException.Problem.NOTHING_DUE);
        }
        if (entry.amountMinor() <= 0) {
            throw new SellException(SellException.Problem.AMOUNT_INVALID);
        }
        if (entry.amountMinor() > SellPolicy.MAX_AMOUNT_MINOR) {
            throw new SellException(SellException.Problem.AMOUNT_TOO_LARGE);
        }
        if (entry.tender() != Tender.CASH && entry.amountMinor() > left) {
            throw new SellException(SellException.Problem.TENDER_OVER_DUE);
        }
        if (entry.tender() == Tender.STORE_CREDIT) {
            if (customer == null) {
                throw new SellException(SellException.Problem.STORE_CREDIT_NEEDS_CUSTOMER);
            }
            long used = entries.stream().filter(e -> e.tender() == Tender.STORE_CREDIT)
                    .mapToLong(TenderEntry::amountMinor).sum();
            if (used + entry.amountMinor() > customer.storeCreditMinor()) {
                throw new SellException(SellException.Problem.STORE_CREDIT_SHORT, customer.storeCreditMinor());
            }
        }
        List<TenderEntry> next = new ArrayList<>(entries);
        next.add(entry);
        return next;
    }

    /**
     * The payments to store for a fully paid cart. Cash tenders become one cash payment whose amount is
     * what stays in the drawer (handed over less change), so payments always add up to the total.
     */
    public static List<Payment> payments(long dueMinor, List<TenderEntry> entries, IdGenerator ids) {
        if (!complete(dueMinor, entries)) {
            throw new SellException(SellException.Problem.PAYMENT_SHORT, remaining(dueMinor, entries));
        }
        long change = change(dueMinor, entries);
        List<Payment> out = new ArrayList<>();
        long cashHanded = 0;
        boolean anyCash = false;
        for (TenderEntry e : entries) {
            if (e.tender() == Tender.CASH) {
                cashHanded += e.amountMinor();
                anyCash = true;
            }
        }
        int seq = 1;
        for (TenderEntry e : entries) {
            if (e.tender() != Tender.CASH) {
                out.add(new Payment(ids.next(), seq++, e.tender(), e.amountMinor(), null, 0));
            }
        }
        if (anyCash) {
            out.add(new Payment(ids.next(), seq, Tender.CASH, cashHanded - change, cashHanded, change));
        }
        return out;
    }
}
