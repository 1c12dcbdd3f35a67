package app.counterpart.core.incentives;

import static app.counterpart.core.incentives.IncentiveFixtures.ANA;
import static app.counterpart.core.incentives.IncentiveFixtures.BO;
import static app.counterpart.core.incentives.IncentiveFixtures.MIA;
import static app.counterpart.core.incentives.IncentiveFixtures.PAT;
import static app.counterpart.core.incentives.IncentiveFixtures.PEOPLE;

import app.counterpart.core.common.Money;
import app.counterpart.core.sales.SaleKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random rules and sales of one period for the engine's properties, all drawn from one seed. */
final class RandomShop {

    static final Map<String, Set<String>> TEAMS = Map.of("t1", Set.of(ANA.id(), BO.id(), MIA.id()));
    private static final String[] PRODUCTS = {"p1", "p2", "p3", "p4", "p5"};
    private static final String[] CATEGORY_OF = {"c1", "c1", "c2", "c2", "c3"};

    private final Random random;
    private final PayPeriod period;
    private int saleNo;
    private int lineNo;

    RandomShop(long seed, PayPeriod period) {
        this.random = new Random(seed);
        this.period = period;
    }

    /** Line rules with non-decreasing tier rates, both bonuses and a team goal. */
    List<IncentiveRule> rules() {
        List<IncentiveRule> rules = new ArrayList<>();
        rules.add(IncentiveFixtures.percent("r-base", Who.EVERYONE, Target.ALL, 100 + random.nextInt(700)));
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            LocalDate from = random.nextInt(3) == 0 ? period.start().plusDays(random.nextInt(20))
                    : IncentiveFixtures.LONG_AGO;
            rules.add(IncentiveFixtures.rule("r-" + i, 1,
                    random.nextBoolean() ? RuleKind.TIERED_COMMISSION : RuleKind.PERCENT_COMMISSION, from, null, who(),
                    target(), tiers(), 0, null, 0, null));
        }
        rules.add(IncentiveFixtures.bonus("r-new", RuleKind.NEW_CUSTOMER_BONUS, Who.EVERYONE, 100 + random.nextInt(900)));
        rules.add(IncentiveFixtures.bonus("r-ref", RuleKind.REFERRAL_BONUS, new Who(Who.Scope.KIND, "partner"),
                100 + random.nextInt(2_000)));
        rules.add(IncentiveFixtures.team("r-team", "t1", random.nextInt(200_000), 1 + random.nextInt(50_000),
                random.nextBoolean() ? GoalSplit.BY_SALES : GoalSplit.EQUAL));
        return rules;
    }

    /** A rate schedule from 0 whose rates never go down as the tiers go up. */
    List<Tier> tiers() {
        List<Tier> tiers = new ArrayList<>();
        long from = 0;
        int rate = random.nextInt(500);
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            tiers.add(new Tier(from, rate));
            from += 1 + random.nextInt(60_000);
            rate = Math.min(10_000, rate + random.nextInt(600));
        }
        return tiers;
    }

    private Who who() {
        return switch (random.nextInt(5)) {
            case 0 -> Who.EVERYONE;
            case 1 -> new Who(Who.Scope.ROLE, random.nextBoolean() ? "cashier" : "manager");
            case 2 -> new Who(Who.Scope.KIND, random.nextBoolean() ? "employee" : "partner");
            default -> new Who(Who.Scope.PERSON, person().id());
        };
    }

    private Target target() {
        int p = random.nextInt(PRODUCTS.length);
        return switch (random.nextInt(3)) {
            case 0 -> Target.ALL;
            case 1 -> new Target(Target.Scope.CATEGORY, CATEGORY_OF[p]);
            default -> new Target(Target.Scope.PRODUCT, PRODUCTS[p]);
        };
    }

    Person person() {
        return PEOPLE.get(random.nextInt(PEOPLE.size()));
    }

    LocalDate day() {
        long days = period.end().toEpochDay() - period.start().toEpochDay();
        return period.start().plusDays(random.nextInt((int) days));
    }

    /** One sale of 1–3 lines; every third or so is a new customer's first, some brought by the partner. */
    List<SoldLine> sale(Person by) {
        String saleId = "s" + period.start() + "-" + (++saleNo);
        LocalDate day = day();
        boolean first = random.nextInt(3) == 0;
        String customer = first ? "c-" + saleId : null;
        String broughtBy = first && random.nextBoolean() ? PAT.id() : null;
        int lines = 1 + random.nextInt(3);
        List<SoldLine> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            int p = random.nextInt(PRODUCTS.length);
            int qty = 1 + random.nextInt(3);
            long unit = 100 + random.nextInt(20_000);
            long gross = unit * qty;
            long discount = random.nextInt(4) == 0 ? random.nextInt((int) (gross / 10) + 1) : 0;
            long total = gross - discount;
            long tax = Money.taxIncluded(total, new int[] {0, 600, 1_300}[random.nextInt(3)]);
            out.add(new SoldLine(saleId, "N" + saleId, SaleKind.SALE, saleId + "-l" + (++lineNo), null, null, day,
                    by.id(), customer, first, broughtBy, PRODUCTS[p], CATEGORY_OF[p], qty, unit, discount, tax, total,
                    false));
        }
        return out;
    }

    List<SoldLine> sale() {
        return sale(person());
    }

    /** The whole sale undone by one refund or void on a day of this shop's period (not before the sale). */
    List<SoldLine> undoAll(List<SoldLine> sale, SaleKind kind) {
        String saleId = "u" + period.start() + "-" + (++saleNo);
        LocalDate day = day();
        if (day.isBefore(sale.get(0).businessDay()) && period.contains(sale.get(0).businessDay())) {
            day = sale.get(0).businessDay();
        }
        List<SoldLine> out = new ArrayList<>();
        for (SoldLine line : sale) {
            out.add(IncentiveFixtures.undo(kind, saleId, saleId + "-l" + (++lineNo), day, line, kind == SaleKind.REFUND));
        }
        return out;
    }

    /** Part of one line refunded: some of its quantity, amounts in proportion. */
    SoldLine partialRefund(SoldLine line) {
        String saleId = "u" + period.start() + "-" + (++saleNo);
        int qty = 1 + random.nextInt(line.quantity());
        LocalDate day = line.businessDay().isBefore(period.start()) ? day() : line.businessDay();
        return new SoldLine(saleId, "N" + saleId, SaleKind.REFUND, saleId + "-l" + (++lineNo), line.saleId(),
                line.lineId(), day, person().id(), line.customerId(), false, line.customerBroughtBy(),
                line.productId(), line.categoryId(), -qty, line.unitPriceMinor(),
                -line.discountMinor() * qty / line.quantity(), -line.taxMinor() * qty / line.quantity(),
                -line.totalMinor() * qty / line.quantity(), false);
    }

    /** A shop's month: sales, some partial refunds and voids, and refunds of sales from an earlier period. */
    Map.Entry<List<SoldLine>, Map<String, List<PaidLine>>> month(int sales) {
        List<SoldLine> lines = new ArrayList<>();
        Map<String, List<PaidLine>> paid = new HashMap<>();
        for (int i = 0; i < sales; i++) {
            List<SoldLine> sale = sale();
            lines.addAll(sale);
            switch (random.nextInt(8)) {
                case 0 -> lines.add(partialRefund(sale.get(0)));
                case 1 -> lines.addAll(undoAll(sale, SaleKind.VOID));
                case 2 -> {
                    // A sale of an earlier period, paid then, refunded now.
                    SoldLine old = sale.get(0);
                    SoldLine earlier = new SoldLine(old.saleId() + "-old", old.saleNumber(), SaleKind.SALE,
                            old.lineId() + "-old", null, null, period.start().minusDays(3), old.servedById(), null,
                            false, null, old.productId(), old.categoryId(), old.quantity(), old.unitPriceMinor(),
                            old.discountMinor(), old.taxMinor(), old.totalMinor(), false);
                    int rate = random.nextInt(1_000);
                    long base = IncentiveEngine.commissionBase(earlier, CommissionBase.NET_OF_TAX_AND_DISCOUNTS);
                    paid.put(earlier.lineId(), List.of(new PaidLine(earlier.lineId(), earlier.servedById(), "r-base",
                            1, rate, base, Money.percentOf(base, rate))));
                    lines.add(partialRefund(earlier));
                }
                default -> {
                }
            }
        }
        return Map.entry(lines, paid);
    }

    Random random() {
        return random;
    }
}
