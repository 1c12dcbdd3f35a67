package app.counterpart.core.goals;

import java.time.LocalDate;

/**
 * One person's figures for one business day: net sales in minor units (refunds and voids subtract), the
 * number of sales (voids subtract, refunds do not count) and the customers whose first purchase they served.
 */
public record DayFigure(String staffId, LocalDate day, long netMinor, int salesCount, int newCustomers) {
}
