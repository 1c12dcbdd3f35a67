package app.counterpart.core.kpi;

/** Sales of a period by who bought: first-time customers, known returning customers, and walk-ins. */
public record CustomerMix(long newCustomerSales, long returningCustomerSales, long walkInSales) {
}
