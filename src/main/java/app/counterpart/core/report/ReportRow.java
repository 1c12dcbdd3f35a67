package app.counterpart.core.report;

/**
 * One line of a sales report. {@code key} identifies the line (a day, an hour, a SKU, a staff code, a
 * tender code, a category code), {@code label} names it for people. Figures are net of refunds and
 * voids; {@code count} is sales for day, hour and staff, payments for tender, and is not filled (0)
 * for product and category lines, which count {@code quantity} instead.
 */
public record ReportRow(
        String key,
        String label,
        long count,
        long quantity,
        long revenueMinor,
        long taxMinor,
        long costMinor) {

    /** Revenue without tax less cost: what the shop keeps before its running costs. */
    public long grossMarginMinor() {
        return revenueMinor - taxMinor - costMinor;
    }
}
