package app.counterpart.core.customers.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Retention-first marketing figures (RARRA) from the customers' purchase days. Months are calendar
 * months of the shop's business days, so the shop's time zone and cut-off hour are already applied.
 * Voided sales are not purchases; refunds do not undo a purchase but lower the net money.
 */
public final class Retention {

    /** How many cohorts (and months after the first purchase) the matrix shows by default. */
    public static final int MONTHS = 24;
    /** The funnel's window: the cohorts of the last twelve months, this one included. */
    public static final int FUNNEL_MONTHS = 12;

    private final Map<String, CustomerActivity> activity;
    private final List<CustomerActivity> buyers;
    private final RetentionFacts facts;
    private final LocalDate today;
    private final YearMonth current;

    public Retention(RetentionFacts facts, LocalDate today) {
        this.facts = facts;
        this.today = today;
        this.current = YearMonth.from(today);
        this.activity = CustomerActivity.fold(facts.saleDays(), facts.voided());
        this.buyers = activity.values().stream().filter(CustomerActivity::bought)
                .sorted(Comparator.comparing(CustomerActivity::customerId)).toList();
    }

    /** All figures; {@code activationDays} between 1 and {@link Activation#MAX_DAYS}. */
    public RetentionReport report(int activationDays) {
        return new RetentionReport(today, cohorts(MONTHS), activation(activationDays), referrals(),
                revenue(MONTHS), funnel(activationDays));
    }

    private YearMonth oldestShown(int months) {
        YearMonth oldest = current.minusMonths(months - 1L);
        YearMonth first = buyers.stream().map(CustomerActivity::cohort).min(Comparator.naturalOrder()).orElse(current);
        return first.isAfter(oldest) ? first : oldest;
    }

    /** The last {@code months} cohorts (from the first cohort the shop has), with months 0 .. months - 1. */
    public CohortMatrix cohorts(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, not " + months);
        }
        Map<YearMonth, List<CustomerActivity>> byCohort = byCohort();
        List<CohortMatrix.Row> rows = new ArrayList<>();
        for (YearMonth c = oldestShown(months); !c.isAfter(current); c = c.plusMonths(1)) {
            List<CustomerActivity> members = byCohort.getOrDefault(c, List.of());
            int[] counts = new int[months];
            int cohort = CustomerActivity.index(c);
            for (CustomerActivity a : members) {
                for (int m : a.purchaseMonthIndexes()) {
                    if (m - cohort < months) {
                        counts[m - cohort]++;
                    }
                }
            }
            List<CohortMatrix.Cell> cells = new ArrayList<>(months);
            for (int k = 0; k < months; k++) {
                boolean happened = !c.plusMonths(k).isAfter(current);
                cells.add(new CohortMatrix.Cell(k, happened, happened ? counts[k] : 0, members.size()));
            }
            rows.add(new CohortMatrix.Row(c, members.size(), cells));
        }
        return new CohortMatrix(current, months, rows);
    }

    private Map<YearMonth, List<CustomerActivity>> byCohort() {
        Map<YearMonth, List<CustomerActivity>> byCohort = new HashMap<>();
        for (CustomerActivity a : buyers) {
            byCohort.computeIfAbsent(a.cohort(), k -> new ArrayList<>()).add(a);
        }
        return byCohort;
    }

    /** Second purchase within {@code days} days, per cohort of the last {@link #MONTHS} months. */
    public Activation activation(int days) {
        checkDays(days);
        Map<YearMonth, List<CustomerActivity>> byCohort = byCohort();
        List<Activation.Row> rows = new ArrayList<>();
        for (YearMonth c = oldestShown(MONTHS); !c.isAfter(current); c = c.plusMonths(1)) {
            List<CustomerActivity> members = byCohort.getOrDefault(c, List.of());
            int judged = 0;
            int activated = 0;
            for (CustomerActivity a : members) {
                if (judged(a, days)) {
                    judged++;
                    if (activated(a, days)) {
                        activated++;
                    }
                }
            }
            rows.add(new Activation.Row(c, members.size(), judged, activated));
        }
        return new Activation(days, rows);
    }

    private static void checkDays(int days) {
        if (days < 1 || days > Activation.MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + Activation.MAX_DAYS + ", not " + days);
        }
    }

    private boolean judged(CustomerActivity a, int days) {
        return !a.firstDay().plusDays(days).isAfter(today);
    }

    private static boolean activated(CustomerActivity a, int days) {
        LocalDate second = a.secondDay();
        return second != null && ChronoUnit.DAYS.between(a.firstDay(), second) <= days;
    }

    /** Referrers ranked by customers brought, then by what those spent; referred against not referred. */
    public Referrals referrals() {
        Map<String, List<String>> byReferrer = new HashMap<>();
        Set<String> referred = new HashSet<>();
        for (Referral r : facts.referrals()) {
            byReferrer.computeIfAbsent(r.referrerId(), k -> new ArrayList<>()).add(r.customerId());
            referred.add(r.customerId());
        }
        List<Referrals.Referrer> referrers = new ArrayList<>();
        byReferrer.forEach((id, brought) -> {
            long net = 0;
            for (String c : brought) {
                CustomerActivity a = activity.get(c);
                net += a == null ? 0 : a.netMinor();
            }
            referrers.add(new Referrals.Referrer(id, facts.names().getOrDefault(id, id), brought.size(), net));
        });
        referrers.sort(Comparator.comparingInt(Referrals.Referrer::referred).reversed()
                .thenComparing(Comparator.comparingLong(Referrals.Referrer::referredNetMinor).reversed())
                .thenComparing(Referrals.Referrer::name).thenComparing(Referrals.Referrer::customerId));
        List<CustomerActivity> in = buyers.stream().filter(a -> referred.contains(a.customerId())).toList();
        List<CustomerActivity> out = buyers.stream().filter(a -> !referred.contains(a.customerId())).toList();
        return new Referrals(!facts.referrals().isEmpty(), referrers, group(in), group(out));
    }

    private Referrals.Group group(Collection<CustomerActivity> members) {
        List<Referrals.Point> points = new ArrayList<>();
        for (int k : Referrals.COMPARED_MONTHS) {
            int judged = 0;
            int bought = 0;
            for (CustomerActivity a : members) {
                YearMonth m = a.cohort().plusMonths(k);
                if (!m.isAfter(current)) {
                    judged++;
                    if (a.boughtIn(m)) {
                        bought++;
                    }
                }
            }
            points.add(new Referrals.Point(k, judged, bought));
        }
        return new Referrals.Group(members.size(), points);
    }

    /** Returning customers and their net money per month, for the last {@code months} months with data. */
    public List<RevenueMonth> revenue(int months) {
        int oldest = CustomerActivity.index(oldestShown(months));
        int last = CustomerActivity.index(current);
        int[] returning = new int[last - oldest + 1];
        long[] net = new long[last - oldest + 1];
        for (CustomerActivity a : buyers) {
            for (int m : a.purchaseMonthIndexes()) {
                if (m > a.cohortIndex() && m >= oldest && m <= last) {
                    returning[m - oldest]++;
                    net[m - oldest] += a.netIn(m);
                }
            }
        }
        List<RevenueMonth> rows = new ArrayList<>();
        for (int m = oldest; m <= last; m++) {
            rows.add(new RevenueMonth(CustomerActivity.month(m), returning[m - oldest], net[m - oldest]));
        }
        return rows;
    }

    /** The funnel over the customers first seen in the last {@link #FUNNEL_MONTHS} months. */
    public Funnel funnel(int activationDays) {
        checkDays(activationDays);
        YearMonth from = current.minusMonths(FUNNEL_MONTHS - 1L);
        List<CustomerActivity> base = buyers.stream().filter(a -> !a.cohort().isBefore(from)).toList();
        Map<Funnel.Step, Funnel.Stage> stages = new HashMap<>();
        long anonymous = facts.anonymousSalesByDay().entrySet().stream()
                .filter(e -> !YearMonth.from(e.getKey()).isBefore(from) && !e.getKey().isAfter(today))
                .mapToLong(Map.Entry::getValue).sum();
        stages.put(Funnel.Step.ACQUISITION, new Funnel.Stage(Funnel.Step.ACQUISITION,
                base.isEmpty() ? Optional.empty() : Optional.of(new Funnel.Figure(base.size(), base.size(), false)),
                withNoCustomers(base, List.of(new Funnel.Unknown(Funnel.Reason.VISITORS_NOT_RECORDED, -1),
                        new Funnel.Unknown(Funnel.Reason.CHANNELS_NOT_RECORDED, -1),
                        new Funnel.Unknown(Funnel.Reason.ANONYMOUS_SALES, anonymous)))));

        List<CustomerActivity> judged = base.stream().filter(a -> judged(a, activationDays)).toList();
        long activated = judged.stream().filter(a -> activated(a, activationDays)).count();
        stages.put(Funnel.Step.ACTIVATION, answer(Funnel.Step.ACTIVATION, base, judged.isEmpty(),
                new Funnel.Figure(activated, judged.size(), false)));

        List<CustomerActivity> seenNextMonth = base.stream().filter(a -> a.cohort().isBefore(current)).toList();
        List<CustomerActivity> retained = seenNextMonth.stream().filter(Retention::cameBackLaterMonth).toList();
        stages.put(Funnel.Step.RETENTION, answer(Funnel.Step.RETENTION, base, seenNextMonth.isEmpty(),
                new Funnel.Figure(retained.size(), seenNextMonth.size(), false)));

        Set<String> referrers = new HashSet<>();
        facts.referrals().forEach(r -> referrers.add(r.referrerId()));
        long referring = base.stream().filter(a -> referrers.contains(a.customerId())).count();
        stages.put(Funnel.Step.REFERRAL, facts.referrals().isEmpty()
                ? new Funnel.Stage(Funnel.Step.REFERRAL, Optional.empty(),
                        List.of(new Funnel.Unknown(Funnel.Reason.NO_REFERRALS, -1)))
                : answer(Funnel.Step.REFERRAL, base, false, new Funnel.Figure(referring, base.size(), false)));

        long whole = 0;
        long fromRetained = 0;
        Set<String> retainedIds = new HashSet<>();
        retained.forEach(a -> retainedIds.add(a.customerId()));
        for (CustomerActivity a : base) {
            long net = 0;
            for (YearMonth m = from; !m.isAfter(current); m = m.plusMonths(1)) {
                net += a.netIn(m);
            }
            whole += net;
            if (retainedIds.contains(a.customerId())) {
                fromRetained += net;
            }
        }
        stages.put(Funnel.Step.REVENUE, answer(Funnel.Step.REVENUE, base, false,
                new Funnel.Figure(fromRetained, whole, true)));
        return new Funnel(from, current, base.size(), Funnel.Step.RARRA.stream().map(stages::get).toList(),
                Funnel.Step.AARRR.stream().map(stages::get).toList());
    }

    private static boolean cameBackLaterMonth(CustomerActivity a) {
        for (LocalDate d : a.purchaseDays()) {
            if (YearMonth.from(d).isAfter(a.cohort())) {
                return true;
            }
        }
        return false;
    }

    private static List<Funnel.Unknown> withNoCustomers(List<CustomerActivity> base, List<Funnel.Unknown> others) {
        if (!base.isEmpty()) {
            return others;
        }
        List<Funnel.Unknown> all = new ArrayList<>();
        all.add(new Funnel.Unknown(Funnel.Reason.NO_NEW_CUSTOMERS, -1));
        all.addAll(others);
        return all;
    }

    private static Funnel.Stage answer(Funnel.Step step, List<CustomerActivity> base, boolean tooEarly,
            Funnel.Figure figure) {
        if (base.isEmpty()) {
            return new Funnel.Stage(step, Optional.empty(),
                    List.of(new Funnel.Unknown(Funnel.Reason.NO_NEW_CUSTOMERS, -1)));
        }
        if (tooEarly) {
            return new Funnel.Stage(step, Optional.empty(), List.of(new Funnel.Unknown(Funnel.Reason.TOO_EARLY, -1)));
        }
        return new Funnel.Stage(step, Optional.of(figure), List.of());
    }
}
