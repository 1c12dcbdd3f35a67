package app.counterpart.core.customers.retention;

import java.time.LocalDate;

/**
 * What one customer's rows of one business day add up to: {@code sales} counts the rows of kind sale
 * (voided or not), {@code netMinor} is the sum of every row of that day (sales, refunds and voids carry
 * signed amounts), as the rollups sum them.
 */
public record SaleDay(String customerId, LocalDate day, int sales, long netMinor) {
}
