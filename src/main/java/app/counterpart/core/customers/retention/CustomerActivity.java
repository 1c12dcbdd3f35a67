package app.counterpart.core.customers.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * One customer's purchases by business day, net of voids: a day is a purchase day when it holds a sale
 * that was not voided (as customer_stats counts visits, a refund does not undo a visit, a void does).
 * Money is net and stays on the day of the row that moved it, as in the rollups.
 */
public final class CustomerActivity {

    private final String customerId;
    private final NavigableMap<LocalDate, Integer> visits = new TreeMap<>();
    private final NavigableMap<YearMonth, Long> netByMonth = new TreeMap<>();
    private long netMinor;
    private List<LocalDate> purchaseDays;
    private Set<YearMonth> purchaseMonths;

    private CustomerActivity(String customerId) {
        this.customerId = customerId;
    }

    /** Folds the store's facts into one activity per customer, customers with rows only. */
    public static Map<String, CustomerActivity> fold(List<SaleDay> saleDays, List<VoidedSale> voided) {
        Map<String, CustomerActivity> all = new HashMap<>();
        for (SaleDay d : saleDays) {
            CustomerActivity a = all.computeIfAbsent(d.customerId(), CustomerActivity::new);
            a.visits.merge(d.day(), d.sales(), Integer::sum);
            a.netByMonth.merge(YearMonth.from(d.day()), d.netMinor(), Long::sum);
            a.netMinor += d.netMinor();
        }
        for (VoidedSale v : voided) {
            CustomerActivity a = all.computeIfAbsent(v.customerId(), CustomerActivity::new);
            a.visits.merge(v.day(), -1, Integer::sum);
        }
        for (CustomerActivity a : all.values()) {
            List<LocalDate> days = new ArrayList<>();
            a.visits.forEach((day, n) -> {
                if (n > 0) {
                    days.add(day);
                }
            });
            a.purchaseDays = Collections.unmodifiableList(days);
            a.purchaseMonths = new HashSet<>();
            days.forEach(day -> a.purchaseMonths.add(YearMonth.from(day)));
        }
        return all;
    }

    public String customerId() {
        return customerId;
    }

    /** Business days with at least one sale that stands, ascending. */
    public List<LocalDate> purchaseDays() {
        return purchaseDays;
    }

    public boolean bought() {
        return !purchaseDays.isEmpty();
    }

    /** The first purchase day; only for customers who {@link #bought()}. */
    public LocalDate firstDay() {
        return purchaseDays.get(0);
    }

    public YearMonth cohort() {
        return YearMonth.from(firstDay());
    }

    /** The months with a purchase that stands. */
    public Set<YearMonth> purchaseMonths() {
        return Collections.unmodifiableSet(purchaseMonths);
    }

    /** Whether a purchase stands in {@code month}. */
    public boolean boughtIn(YearMonth month) {
        return purchaseMonths.contains(month);
    }

    /** The first purchase day after the first purchase day, or null. */
    public LocalDate secondDay() {
        return purchaseDays.size() > 1 ? purchaseDays.get(1) : null;
    }

    /** Net money of the rows dated in {@code month}. */
    public long netIn(YearMonth month) {
        return netByMonth.getOrDefault(month, 0L);
    }

    /** Net money of all the customer's rows: customer_stats.revenue_minor. */
    public long netMinor() {
        return netMinor;
    }
}
