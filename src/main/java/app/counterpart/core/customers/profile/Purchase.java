package app.counterpart.core.customers.profile;

import java.time.Instant;

/** One row of a customer's purchase history: a sale, a refund or a void (those with negative amounts). */
public record Purchase(String saleId, Instant at, String number, String kind, int items, long totalMinor) {
}
