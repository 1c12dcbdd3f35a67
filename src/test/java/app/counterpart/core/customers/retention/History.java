package app.counterpart.core.customers.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small hand-built sales history as raw rows (sales, refunds, voids), the facts the store would read
 * from it, and every retention figure worked out the slow way, straight from the rows.
 */
public final class History {

    public record Row(String id, String customer, LocalDate day, String kind, String original, long total) {
    }

    final List<Row> rows = new ArrayList<>();
    final List<Referral> referrals = new ArrayList<>();
    final Map<LocalDate, Integer> anonymous = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private int next;
    private Map<String, List<Row>> byCustomer;
    private int byCustomerSize;

    /** A row as read from a store. */
    public void add(Row row) {
        rows.add(row);
    }

    public void referral(String customer, String referrer, String referrerName) {
        referrals.add(new Referral(customer, referrer));
        names.put(referrer, referrerName);
    }

    String sale(String customer, LocalDate day, long total) {
        String id = "s" + next++;
        rows.add(new Row(id, customer, day, "sale", null, total));
        return id;
    }

    void refund(String saleId, LocalDate day, long amount) {
        Row o = row(saleId);
        rows.add(new Row("r" + next++, o.customer(), day, "refund", saleId, -amount));
    }

    void voidOf(String saleId, LocalDate day) {
        Row o = row(saleId);
        rows.add(new Row("v" + next++, o.customer(), day, "void", saleId, -o.total()));
    }

    void referral(String customer, String referrer) {
        referrals.add(new Referral(customer, referrer));
    }

    private Row row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Rows by customer, so that the slow way stays slow per customer only (a store has thousands of rows). */
    private Map<String, List<Row>> byCustomer() {
        if (byCustomer == null || byCustomerSize != rows.size()) {
            byCustomer = new HashMap<>();
            rows.forEach(r -> byCustomer.computeIfAbsent(r.customer(), k -> new ArrayList<>()).add(r));
            byCustomerSize = rows.size();
        }
        return byCustomer;
    }

    /** What the store reads: sale rows per customer and day, and each voided sale by its own day. */
    RetentionFacts facts() {
        Map<List<Object>, long[]> days = new LinkedHashMap<>();
        List<VoidedSale> voided = new ArrayList<>();
        Map<String, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        for (Row r : rows) {
            long[] d = days.computeIfAbsent(List.of(r.customer(), r.day()), k -> new long[2]);
            d[0] += r.kind().equals("sale") ? 1 : 0;
            d[1] += r.total();
            if (r.kind().equals("void")) {
                Row o = byId.get(r.original());
                voided.add(new VoidedSale(o.customer(), o.day()));
            }
        }
        List<SaleDay> saleDays = new ArrayList<>();
        days.forEach((k, v) -> saleDays.add(new SaleDay((String) k.get(0), (LocalDate) k.get(1), (int) v[0], v[1])));
        Map<String, String> all = new HashMap<>();
        referrals.forEach(r -> all.put(r.referrerId(), names.getOrDefault(r.referrerId(), "name of " + r.referrerId())));
        return new RetentionFacts(saleDays, voided, referrals, all, anonymous);
    }

    // ---- the slow way ----

    public Set<String> customers() {
        Set<String> all = new TreeSet<>();
        rows.forEach(r -> all.add(r.customer()));
        return all;
    }

    /** Days with a sale of the customer that no void cancels. */
    TreeSet<LocalDate> purchaseDays(String customer) {
        List<Row> mine = byCustomer().getOrDefault(customer, List.of());
        Set<String> voided = new HashSet<>();
        mine.stream().filter(r -> r.kind().equals("void")).forEach(r -> voided.add(r.original()));
        TreeSet<LocalDate> days = new TreeSet<>();
        mine.stream().filter(r -> r.kind().equals("sale") && !voided.contains(r.id())).forEach(r -> days.add(r.day()));
        return days;
    }

    YearMonth cohort(String customer) {
        TreeSet<LocalDate> days = purchaseDays(customer);
        return days.isEmpty() ? null : YearMonth.from(days.first());
    }

    boolean boughtIn(String customer, YearMonth month) {
        return purchaseDays(customer).stream().anyMatch(d -> YearMonth.from(d).equals(month));
    }

    long net(String customer, YearMonth month) {
        return byCustomer().getOrDefault(customer, List.of()).stream()
                .filter(r -> YearMonth.from(r.day()).equals(month)).mapToLong(Row::total).sum();
    }

    long net(String customer) {
        return byCustomer().getOrDefault(customer, List.of()).stream().mapToLong(Row::total).sum();
    }

    int cohortSize(YearMonth cohort) {
        return (int) customers().stream().filter(c -> cohort.equals(cohort(c))).count();
    }

    int cell(YearMonth cohort, int k) {
        return (int) customers().stream().filter(c -> cohort.equals(cohort(c)) && boughtIn(c, cohort.plusMonths(k)))
                .count();
    }

    boolean judged(String customer, int days, LocalDate today) {
        return !purchaseDays(customer).first().plusDays(days).isAfter(today);
    }

    boolean activated(String customer, int days) {
        TreeSet<LocalDate> d = purchaseDays(customer);
        return d.stream().anyMatch(x -> x.isAfter(d.first()) && ChronoUnit.DAYS.between(d.first(), x) <= days);
    }
}
