package app.counterpart.core.staff.performance;

/** The columns of the performance view, each a figure of one person over a period. */
public enum Figure {
    NET_SALES,
    SALES_COUNT,
    AVERAGE_TICKET,
    ITEMS_PER_SALE,
    CUSTOMERS_SERVED,
    RETURNING_RATE,
    NOTES_WRITTEN,
    CARE_TASKS_DONE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The figure's value, or NaN where it is undefined: an average ticket or items per sale without a
     * sale, a returning rate without a member sale. Undefined is not zero and must not show as 0.
     */
    public double of(StaffFigures f) {
        return switch (this) {
            case NET_SALES -> f.netSalesMinor();
            case SALES_COUNT -> f.salesCount();
            case AVERAGE_TICKET -> f.salesCount() <= 0 ? Double.NaN : (double) f.netSalesMinor() / f.salesCount();
            case ITEMS_PER_SALE -> f.salesCount() <= 0 ? Double.NaN : (double) f.itemCount() / f.salesCount();
            case CUSTOMERS_SERVED -> f.customersServed();
            case RETURNING_RATE -> f.memberSales() <= 0 ? Double.NaN : (double) f.returningSales() / f.memberSales();
            case NOTES_WRITTEN -> f.notesWritten();
            case CARE_TASKS_DONE -> f.careTasksDone();
        };
    }

    /**
     * The change from {@code before} to {@code now} as a share (0.12 for +12 %), or NaN when it cannot
     * be said: either value undefined, or nothing before to compare with.
     */
    public static double change(double now, double before) {
        if (Double.isNaN(now) || Double.isNaN(before) || before == 0) {
            return Double.NaN;
        }
        return (now - before) / Math.abs(before);
    }
}
