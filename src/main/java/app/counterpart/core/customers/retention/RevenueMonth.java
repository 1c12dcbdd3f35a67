package app.counterpart.core.customers.retention;

import java.time.YearMonth;

/**
 * Returning customers of a month (bought in it, first purchase in an earlier month) and their net
 * money in it; per customer it is unknown when nobody returned.
 */
public record RevenueMonth(YearMonth month, int returning, long returningNetMinor) {

    public boolean known() {
        return returning > 0;
    }

    /** Net minor units per returning customer, rounded half up; only when {@link #known()}. */
    public long perCustomerMinor() {
        return Math.floorDiv(2 * returningNetMinor + returning, 2L * returning);
    }
}
