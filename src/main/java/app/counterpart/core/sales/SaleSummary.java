package app.counterpart.core.sales;

import java.time.Instant;

/** A sale as a list shows it: who, when, for whom, how much. */
public record SaleSummary(String id, String number, SaleKind kind, Instant createdAt, String cashier, String servedBy,
        String customer, int items, long totalMinor) {
}
