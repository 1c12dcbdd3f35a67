package app.counterpart.core.customers.segments;

import java.time.LocalDate;

/**
 * What the segments are computed from, one customer's row of {@code customer_stats}.
 *
 * @param joined       the day the customer joined
 * @param firstVisit   business day of the first purchase, or null if the customer never bought
 * @param lastVisit    business day of the latest purchase, or null if the customer never bought
 * @param visits       purchases net of voids
 * @param revenueMinor net spending (refunds subtract)
 */
public record CustomerFigures(String customerId, LocalDate joined, LocalDate firstVisit, LocalDate lastVisit,
        int visits, long revenueMinor) {

    /** Whether the customer counts as a buyer for the RFM scores: at least one purchase that was not voided. */
    public boolean bought() {
        return visits > 0 && lastVisit != null;
    }
}
