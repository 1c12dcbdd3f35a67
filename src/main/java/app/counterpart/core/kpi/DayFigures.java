package app.counterpart.core.kpi;

import java.time.LocalDate;

/**
 * Net figures of one business day: sales counted net of voids, revenue net of refunds and voids,
 * all money in minor units of the shop currency.
 */
public record DayFigures(
        LocalDate day,
        int sales,
        int refunds,
        int voids,
        long revenueMinor,
        long taxMinor,
        long discountMinor,
        long costMinor,
        int items) {

    public static DayFigures empty(LocalDate day) {
        return new DayFigures(day, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public long averageTicketMinor() {
        return sales == 0 ? 0 : Math.round((double) revenueMinor / sales);
    }
}
