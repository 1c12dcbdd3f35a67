package app.counterpart.core.event;

import java.time.LocalDate;
import java.util.Set;

/** Published after a transaction with sales committed; names the business days it touched. */
public record SalesCommitted(int count, Set<LocalDate> businessDays) {
}
