package app.counterpart.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Published after a transaction with sales committed; names the business days it touched and, where the
 * publisher knows them, the sales' own figures, so listeners such as the goal tracker can keep running
 * totals without asking the store again.
 */
public record SalesCommitted(int count, Set<LocalDate> businessDays, List<Booked> sales) {

    /**
     * One committed sale, refund or void as the goals see it: who served it, the signed net amount
     * (negative for a refund or a void) and how it counts in the number of sales (+1 sale, -1 void, 0 refund).
     */
    public record Booked(String saleId, String servedById, LocalDate businessDay, long totalMinor, int countDelta,
            String customerId) {
    }

    public SalesCommitted {
        businessDays = Set.copyOf(businessDays);
        sales = List.copyOf(sales);
    }

    /** An announcement without the sales' figures (a bulk import, the demo generator). */
    public SalesCommitted(int count, Set<LocalDate> businessDays) {
        this(count, businessDays, List.of());
    }
}
