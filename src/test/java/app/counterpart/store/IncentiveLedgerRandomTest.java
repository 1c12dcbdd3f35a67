package app.counterpart.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.incentives.CommissionBase;
import app.counterpart.core.incentives.IncentiveEngine;
import app.counterpart.core.incentives.IncentiveSettings;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.Payout;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.core.incentives.Reason;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.TestSales;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty weeks of random sales, refunds (also of sales from weeks already closed) and voids, recorded
 * through the real sale repository; each week is closed as it ends, and its ledger must add up to its
 * payouts, person by person, and to what the engine computed.
 */
class IncentiveLedgerRandomTest {

    private static final long SEED = 7_007L;
    private static final int WEEKS = 20;

    @TempDir
    Path dir;

    @Test
    void everyClosedWeeksPayoutsEqualItsLedger() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T01:00:00Z"));
        try (DemoFixture store = new DemoFixture(dir, clock)) {
            store.installDemo(LocalDate.of(2026, 1, 4), 1);
            Staff owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
            store.incentives.saveSettings(new IncentiveSettings(CommissionBase.NET_OF_TAX_AND_DISCOUNTS,
                    PayCycle.WEEKLY), owner.id());
            Random random = new Random(SEED);
            TestSales tills = new TestSales(store);
            List<Staff> servers = store.staff.staff();
            List<Product> products = store.catalog.products().stream().filter(Product::active).toList();
            List<String> customers = customerPool(store);
            List<Sale> standing = new ArrayList<>();
            Set<String> refundedLines = new HashSet<>();
            int reversedAcrossWeeks = 0;
            int bonuses = 0;

            LocalDate monday = LocalDate.of(2026, 1, 5);
            for (int week = 0; week < WEEKS; week++) {
                PayPeriod period = PayPeriod.of(PayCycle.WEEKLY, monday.plusWeeks(week));
                Instant start = Instant.parse(period.start() + "T02:00:00Z");
                int count = 5 + random.nextInt(20);
                List<Instant> times = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    times.add(start.plusSeconds(random.nextInt(6 * 24 * 3600 + 12 * 3600)));
                }
                times.sort(Comparator.naturalOrder());
                // One commit per week (a till commits each sale; the rows are the same).
                List<Sale> recorded = new ArrayList<>();
                for (Instant at : times) {
                    int action = random.nextInt(10);
                    if (action < 7 || standing.isEmpty()) {
                        Map<Product, Integer> lines = new LinkedHashMap<>();
                        int n = 1 + random.nextInt(3);
                        for (int i = 0; i < n; i++) {
                            lines.merge(products.get(random.nextInt(products.size())), 1 + random.nextInt(3),
                                    Integer::sum);
                        }
                        String customer = random.nextInt(10) < 4 ? null : customers.get(random.nextInt(customers.size()));
                        Sale sale = tills.sale(lines, at, servers.get(random.nextInt(servers.size())).id(), customer);
                        recorded.add(sale);
                        standing.add(sale);
                    } else if (action < 9) {
                        Sale original = standing.get(random.nextInt(standing.size()));
                        List<SaleLine> open = original.lines().stream().filter(l -> !refundedLines.contains(l.id()))
                                .filter(l -> random.nextBoolean()).toList();
                        if (!open.isEmpty()) {
                            recorded.add(tills.refund(original, open, at));
                            open.forEach(l -> refundedLines.add(l.id()));
                            if (!period.contains(original.businessDay())) {
                                reversedAcrossWeeks++;
                            }
                        }
                    } else {
                        Sale original = standing.get(standing.size() - 1);
                        boolean untouched = original.lines().stream().noneMatch(l -> refundedLines.contains(l.id()));
                        if (untouched && period.contains(original.businessDay())) {
                            recorded.add(tills.voidOf(original, at));
                            standing.remove(original);
                        }
                    }
                }
                store.sales.commit(recorded);
                clock.set(Instant.parse(period.end() + "T05:00:00Z"));
                PayoutRun run = IncentiveEngine.compute(store.incentives.rules(), store.incentives.settings(),
                        store.incentives.facts(period));
                store.incentives.close(run, owner.id());

                String context = "week " + week + " (" + period.key() + "), seed " + SEED;
                Map<String, Long> ledger = store.db.read(ctx -> ctx.fetch("select staff_id, sum(amount_minor)"
                        + " from incentive_ledger where period_key = ? group by staff_id", period.key())
                        .intoMap(r -> r.get(0, String.class), r -> r.get(1, Long.class)));
                Map<String, Long> payouts = store.db.read(ctx -> ctx.fetch("select staff_id, amount_minor from payout"
                        + " where period_key = ?", period.key())
                        .intoMap(r -> r.get(0, String.class), r -> r.get(1, Long.class)));
                assertThat(ledger).as(context).isEqualTo(payouts);
                assertThat(payouts).as(context).isEqualTo(run.payouts().stream()
                        .collect(Collectors.toMap(Payout::personId, Payout::amountMinor)));
                PayoutRun closed = store.incentives.closed(period).orElseThrow();
                assertThat(closed.payouts()).as(context).isEqualTo(run.payouts().stream()
                        .sorted(Comparator.comparing(Payout::personId)).toList());
                bonuses += (int) run.payouts().stream().flatMap(p -> p.applications().stream())
                        .filter(a -> a.reason() == Reason.NEW_CUSTOMER || a.reason() == Reason.REFERRAL).count();
            }
            // The weeks were not trivial: refunds crossed closed weeks and bonuses were paid.
            assertThat(reversedAcrossWeeks).isPositive();
            assertThat(bonuses).isPositive();
            assertThat(store.db.<Integer>read(ctx -> ctx.fetchCount(ctx.selectFrom("payout_period")))).isEqualTo(WEEKS);
        }
    }

    /** Fifteen customers partners brought and fifteen others, so first purchases and referrals both happen. */
    private static List<String> customerPool(DemoFixture store) {
        List<String> brought = store.db.read(ctx -> ctx.fetch("select id from customer where brought_by is not null"
                + " order by id limit 15").getValues(0, String.class));
        List<String> others = store.db.read(ctx -> ctx.fetch("select id from customer where brought_by is null"
                + " order by id limit 15").getValues(0, String.class));
        List<String> pool = new ArrayList<>(brought);
        pool.addAll(others);
        return pool;
    }
}
