package app.counterpart.core.customers.retention;

import java.time.LocalDate;

/** A sale that was voided, named by its customer and its own business day (not the void's). */
public record VoidedSale(String customerId, LocalDate day) {
}
