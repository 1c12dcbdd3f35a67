package app.counterpart.bench;

import app.counterpart.core.common.Money;
import app.counterpart.core.incentives.GoalSplit;
import app.counterpart.core.incentives.IncentiveEngine;
import app.counterpart.core.incentives.IncentiveFacts;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.IncentiveSettings;
import app.counterpart.core.incentives.PaidLine;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.core.incentives.Person;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.incentives.SoldLine;
import app.counterpart.core.incentives.Target;
import app.counterpart.core.incentives.Tier;
import app.counterpart.core.incentives.Who;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.StaffKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A month's payouts computed in memory (the store's read is measured apart): {@code sales} sales of
 * 1–5 lines by 8 people (five cashiers, a manager, two partners), every fortieth partly refunded in
 * the month, every hundredth voided, 200 refunds of last month's sales paid from the ledger, about one
 * sale in five a new customer's first (half of those brought by a partner), under ten rule versions of every
 * kind: a flat rate for all, category and product rates, a manager's tiered rate, a partners' rate,
 * a rate version that changes mid-month, both bonuses and two team goals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class PayoutBenchmark {

    private static final PayPeriod MONTH = new PayPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 1);

    @Param({"10000"})
    public int sales;

    /** "recorded": the lines as the till wrote them, days and sale numbers rising; "shuffled": any order. */
    @Param({"recorded", "shuffled"})
    public String order;

    private List<IncentiveRule> rules;
    private IncentiveFacts facts;

    @Setup(Level.Trial)
    public void generate() {
        rules = rules();
        facts = facts(sales, new Random(7));
        if ("shuffled".equals(order)) {
            List<SoldLine> lines = new ArrayList<>(facts.lines());
            Collections.shuffle(lines, new Random(11));
            facts = new IncentiveFacts(facts.period(), lines, facts.people(), facts.teamMembers(), facts.paidEarlier());
        }
        PayoutRun run = compute();
        System.out.println(facts.lines().size() + " lines, " + run.payouts().size() + " payouts, "
                + run.payouts().stream().mapToInt(p -> p.applications().size()).sum() + " applications, total "
                + run.totalMinor());
    }

    @Benchmark
    public PayoutRun compute() {
        return IncentiveEngine.compute(rules, IncentiveSettings.DEFAULT, facts);
    }

    /**
     * The CPU time of the computing thread, which a saturated machine does not inflate the way it does
     * wall-clock time: {@code java -cp target/classes:target/test-classes:CP app.counterpart.bench.PayoutBenchmark}.
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String order : List.of("recorded", "shuffled")) {
            PayoutBenchmark bench = new PayoutBenchmark();
            bench.sales = 10_000;
            bench.order = order;
            bench.generate();
            int warmup = 100;
            int timed = 200;
            double[] cpu = new double[timed];
            for (int i = 0; i < warmup + timed; i++) {
                long start = threads.getCurrentThreadCpuTime();
                bench.compute();
                if (i >= warmup) {
                    cpu[i - warmup] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
                }
            }
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%s: CPU per run median %.1f ms, p90 %.1f ms, min %.1f ms%n", order,
                    cpu[timed / 2], cpu[timed * 9 / 10], cpu[0]);
        }
    }

    static List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            people.add(new Person("p-cashier-" + i, "Cashier " + i, Role.CASHIER, StaffKind.EMPLOYEE));
        }
        people.add(new Person("p-manager", "Manager", Role.MANAGER, StaffKind.EMPLOYEE));
        people.add(new Person("p-partner-1", "Partner 1", Role.PARTNER, StaffKind.PARTNER));
        people.add(new Person("p-partner-2", "Partner 2", Role.PARTNER, StaffKind.PARTNER));
        return people;
    }

    static List<IncentiveRule> rules() {
        return List.of(
                rule("flat", 1, RuleKind.PERCENT_COMMISSION, SINCE, LocalDate.of(2026, 11, 15), Who.EVERYONE,
                        Target.ALL, List.of(new Tier(0, 200)), 0, null, 0, null),
                rule("flat", 2, RuleKind.PERCENT_COMMISSION, LocalDate.of(2026, 11, 15), null, Who.EVERYONE,
                        Target.ALL, List.of(new Tier(0, 250)), 0, null, 0, null),
                rule("drinks", 1, RuleKind.PERCENT_COMMISSION, SINCE, null, Who.EVERYONE,
                        new Target(Target.Scope.CATEGORY, "cat-1"), List.of(new Tier(0, 400)), 0, null, 0, null),
                rule("tea", 1, RuleKind.PERCENT_COMMISSION, SINCE, null, new Who(Who.Scope.ROLE, "cashier"),
                        new Target(Target.Scope.PRODUCT, "prod-7"), List.of(new Tier(0, 800)), 0, null, 0, null),
                rule("manager", 1, RuleKind.TIERED_COMMISSION, SINCE, null, new Who(Who.Scope.PERSON, "p-manager"),
                        Target.ALL, List.of(new Tier(0, 300), new Tier(5_000_000, 500), new Tier(10_000_000, 700)),
                        0, null, 0, null),
                rule("partners", 1, RuleKind.TIERED_COMMISSION, SINCE, null, new Who(Who.Scope.KIND, "partner"),
                        Target.ALL, List.of(new Tier(0, 500), new Tier(3_000_000, 800)), 0, null, 0, null),
                rule("new", 1, RuleKind.NEW_CUSTOMER_BONUS, SINCE, null, Who.EVERYONE, Target.ALL, List.of(),
                        1_000, null, 0, null),
                rule("referral", 1, RuleKind.REFERRAL_BONUS, SINCE, null, new Who(Who.Scope.KIND, "partner"),
                        Target.ALL, List.of(), 3_000, null, 0, null),
                rule("floor-team", 1, RuleKind.TEAM_GOAL, SINCE, null, Who.EVERYONE, Target.ALL, List.of(),
                        100_000, "team-floor", 20_000_000, GoalSplit.BY_SALES),
                rule("partner-team", 1, RuleKind.TEAM_GOAL, SINCE, null, Who.EVERYONE, Target.ALL, List.of(),
                        50_000, "team-partners", 1_000_000, GoalSplit.EQUAL));
    }

    static IncentiveFacts facts(int sales, Random random) {
        List<Person> people = people();
        List<SoldLine> lines = new ArrayList<>(sales * 3 + 1_000);
        Map<String, List<PaidLine>> paid = new HashMap<>();
        int refundNo = 0;
        for (int s = 0; s < sales; s++) {
            Person by = people.get(random.nextInt(people.size()));
            LocalDate day = MONTH.start().plusDays(30L * s / sales);
            String saleId = String.format("sale-%05d", s);
            boolean first = random.nextInt(5) == 0;
            String customer = first ? "cust-" + s : random.nextBoolean() ? "cust-" + random.nextInt(s + 1) : null;
            String broughtBy = first && random.nextBoolean() ? "p-partner-" + (1 + random.nextInt(2)) : null;
            int count = 1 + random.nextInt(5);
            List<SoldLine> sale = new ArrayList<>(count);
            for (int l = 0; l < count; l++) {
                int product = random.nextInt(40);
                int qty = 1 + random.nextInt(3);
                long unit = 500 + random.nextInt(20_000);
                long total = unit * qty;
                long tax = Money.taxIncluded(total, 1_300);
                sale.add(new SoldLine(saleId, String.format("N%05d", s), SaleKind.SALE, saleId + "-" + l, null, null, day, by.id(),
                        customer, first, broughtBy, "prod-" + product, "cat-" + product % 6, qty, unit, 0, tax, total,
                        false));
            }
            lines.addAll(sale);
            if (s % 40 == 1) {
                SoldLine line = sale.get(0);
                lines.add(undo(SaleKind.REFUND, "refund-" + (refundNo++), line, day.plusDays(random.nextInt(2)),
                        sale.size() == 1));
            } else if (s % 100 == 2) {
                String voidId = "void-" + s;
                for (SoldLine line : sale) {
                    lines.add(undo(SaleKind.VOID, voidId, line, day, false));
                }
            }
        }
        for (int r = 0; r < 200; r++) {
            Person by = people.get(random.nextInt(people.size()));
            SoldLine old = new SoldLine("old-" + r, "O" + r, SaleKind.SALE, "old-line-" + r, null, null,
                    MONTH.start().minusDays(1 + random.nextInt(30)), by.id(), null, false, null, "prod-1", "cat-1", 1,
                    5_000, 0, Money.taxIncluded(5_000, 1_300), 5_000, false);
            paid.put(old.lineId(), List.of(new PaidLine(old.lineId(), by.id(), "flat", 1, 200, 4_425, 89)));
            lines.add(undo(SaleKind.REFUND, "refund-old-" + r, old, MONTH.start().plusDays(random.nextInt(30)), true));
        }
        Map<String, Set<String>> teams = Map.of(
                "team-floor", Set.of("p-cashier-1", "p-cashier-2", "p-cashier-3", "p-cashier-4", "p-cashier-5",
                        "p-manager"),
                "team-partners", Set.of("p-partner-1", "p-partner-2"));
        return new IncentiveFacts(MONTH, lines, people, teams, paid);
    }

    private static SoldLine undo(SaleKind kind, String saleId, SoldLine line, LocalDate day, boolean completes) {
        return new SoldLine(saleId, saleId, kind, saleId + "-" + line.lineId(), line.saleId(), line.lineId(), day,
                line.servedById(), line.customerId(), false, line.customerBroughtBy(), line.productId(),
                line.categoryId(), -line.quantity(), line.unitPriceMinor(), -line.discountMinor(), -line.taxMinor(),
                -line.totalMinor(), completes);
    }

    private static IncentiveRule rule(String id, int version, RuleKind kind, LocalDate from, LocalDate to, Who who,
            Target target, List<Tier> tiers, long amount, String team, long goal, GoalSplit split) {
        return new IncentiveRule(id, version, kind, id, from, to, who, target, tiers, amount, team, goal, split, true,
                "p-owner", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
