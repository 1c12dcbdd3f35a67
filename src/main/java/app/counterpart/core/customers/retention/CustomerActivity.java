package app.counterpart.core.customers.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer's purchases by business day, net of voids: a day is a purchase day when it holds a sale
 * that was not voided (as customer_stats counts visits, a refund does not undo a visit, a void does).
 * Money is net and stays on the day of the row that moved it, as in the rollups. Kept in sorted arrays:
 * a large shop has a hundred thousand of these, asked about two dozen months each.
 */
public final class CustomerActivity {

    private final String customerId;
    private final LocalDate[] purchaseDays;
    /** Months with a purchase, as {@link #index(YearMonth)}, ascending. */
    private final int[] purchaseMonths;
    /** Months with any row, ascending, and the net money of each. */
    private final int[] moneyMonths;
    private final long[] moneyNet;
    private final long netMinor;

    private CustomerActivity(String customerId, List<SaleDay> days, List<LocalDate> voidedDays) {
        this.customerId = customerId;
        days.sort(Comparator.comparing(SaleDay::day));
        voidedDays.sort(Comparator.naturalOrder());
        List<LocalDate> purchases = new ArrayList<>();
        int[] months = new int[days.size()];
        long[] net = new long[days.size()];
        int monthCount = 0;
        long total = 0;
        int v = 0;
        for (int i = 0; i < days.size(); ) {
            LocalDate day = days.get(i).day();
            int sales = 0;
            long money = 0;
            for (; i < days.size() && days.get(i).day().equals(day); i++) {
                sales += days.get(i).sales();
                money += days.get(i).netMinor();
            }
            while (v < voidedDays.size() && voidedDays.get(v).isBefore(day)) {
                v++;
            }
            for (; v < voidedDays.size() && voidedDays.get(v).equals(day); v++) {
                sales--;
            }
            if (sales > 0) {
                purchases.add(day);
            }
            int m = index(YearMonth.from(day));
            if (monthCount > 0 && months[monthCount - 1] == m) {
                net[monthCount - 1] += money;
            } else {
                months[monthCount] = m;
                net[monthCount++] = money;
            }
            total += money;
        }
        this.purchaseDays = purchases.toArray(new LocalDate[0]);
        this.purchaseMonths = purchases.stream().mapToInt(d -> index(YearMonth.from(d))).distinct().toArray();
        this.moneyMonths = Arrays.copyOf(months, monthCount);
        this.moneyNet = Arrays.copyOf(net, monthCount);
        this.netMinor = total;
    }

    /** Folds the store's facts into one activity per customer, customers with rows only. */
    public static Map<String, CustomerActivity> fold(List<SaleDay> saleDays, List<VoidedSale> voided) {
        Map<String, List<SaleDay>> days = new HashMap<>();
        for (SaleDay d : saleDays) {
            days.computeIfAbsent(d.customerId(), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<LocalDate>> voids = new HashMap<>();
        for (VoidedSale v : voided) {
            voids.computeIfAbsent(v.customerId(), k -> new ArrayList<>()).add(v.day());
            // a void whose sale day has no row left would be a store inconsistency; it still counts
            days.computeIfAbsent(v.customerId(), k -> new ArrayList<>());
        }
        Map<String, CustomerActivity> all = new HashMap<>(days.size() * 2);
        days.forEach((id, list) -> all.put(id, new CustomerActivity(id, list,
                voids.getOrDefault(id, new ArrayList<>()))));
        return all;
    }

    /** A month as one number, so that months compare and search as ints. */
    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    public String customerId() {
        return customerId;
    }

    /** Business days with at least one sale that stands, ascending. */
    public List<LocalDate> purchaseDays() {
        return List.of(purchaseDays);
    }

    public boolean bought() {
        return purchaseDays.length > 0;
    }

    /** The first purchase day; only for customers who {@link #bought()}. */
    public LocalDate firstDay() {
        return purchaseDays[0];
    }

    public YearMonth cohort() {
        return YearMonth.from(firstDay());
    }

    /** {@link #cohort()} as {@link #index(YearMonth)}. */
    int cohortIndex() {
        return purchaseMonths[0];
    }

    /** The months with a purchase that stands, as {@link #index(YearMonth)}, ascending. */
    int[] purchaseMonthIndexes() {
        return purchaseMonths;
    }

    /** Whether a purchase stands in {@code month}. */
    public boolean boughtIn(YearMonth month) {
        return boughtIn(index(month));
    }

    boolean boughtIn(int monthIndex) {
        return Arrays.binarySearch(purchaseMonths, monthIndex) >= 0;
    }

    /** The first purchase day after the first purchase day, or null. */
    public LocalDate secondDay() {
        return purchaseDays.length > 1 ? purchaseDays[1] : null;
    }

    /** Net money of the rows dated in {@code month}. */
    public long netIn(YearMonth month) {
        return netIn(index(month));
    }

    long netIn(int monthIndex) {
        int at = Arrays.binarySearch(moneyMonths, monthIndex);
        return at >= 0 ? moneyNet[at] : 0;
    }

    /** Net money of all the customer's rows: customer_stats.revenue_minor. */
    public long netMinor() {
        return netMinor;
    }
}
