package app.counterpart.core.kpi;

import java.util.List;

/** Figures of a range of business days added up, with the ratios the owner reads. */
public record Totals(long sales, long revenueMinor, long taxMinor, long costMinor, long items) {

    public static Totals of(List<DayFigures> days) {
        long sales = 0;
        long revenue = 0;
        long tax = 0;
        long cost = 0;
        long items = 0;
        for (DayFigures d : days) {
            sales += d.sales();
            revenue += d.revenueMinor();
            tax += d.taxMinor();
            cost += d.costMinor();
            items += d.items();
        }
        return new Totals(sales, revenue, tax, cost, items);
    }

    public long averageTicketMinor() {
        return sales == 0 ? 0 : Math.round((double) revenueMinor / sales);
    }

    public double itemsPerSale() {
        return sales == 0 ? 0 : (double) items / sales;
    }

    /** Revenue without tax, less cost. */
    public long grossMarginMinor() {
        return revenueMinor - taxMinor - costMinor;
    }

    /** Gross margin as a share of revenue without tax, in percent; 0 without revenue. */
    public double grossMarginPercent() {
        long net = revenueMinor - taxMinor;
        return net == 0 ? 0 : grossMarginMinor() * 100.0 / net;
    }

    /** Change against another total in percent, or null when there is nothing to compare with. */
    public static Double change(double now, double before) {
        return before == 0 ? null : (now - before) * 100.0 / Math.abs(before);
    }
}
