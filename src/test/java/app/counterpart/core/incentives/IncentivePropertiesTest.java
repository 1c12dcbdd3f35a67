package app.counterpart.core.incentives;

import static app.counterpart.core.incentives.IncentiveFixtures.DECEMBER;
import static app.counterpart.core.incentives.IncentiveFixtures.NOVEMBER;
import static app.counterpart.core.incentives.IncentiveFixtures.PEOPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sales.SaleKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The invariants over random rules and months: order does not matter, a full refund puts
 * everyone back, a higher tier never pays less, and payouts are the sum of their applications.
 */
class IncentivePropertiesTest {

    private static final Set<Reason> COMMISSIONS = EnumSet.of(Reason.COMMISSION, Reason.COMMISSION_REVERSED);

    @Property(tries = 300)
    void payoutsDoNotDependOnTheOrderOfLinesOrRules(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int sales) {
        RandomShop shop = new RandomShop(seed, NOVEMBER);
        List<IncentiveRule> rules = shop.rules();
        var month = shop.month(sales);
        PayoutRun run = compute(rules, month.getKey(), month.getValue());

        List<SoldLine> lines = new ArrayList<>(month.getKey());
        List<IncentiveRule> shuffledRules = new ArrayList<>(rules);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Collections.shuffle(lines, random);
        Collections.shuffle(shuffledRules, random);

        assertEquals(run, compute(shuffledRules, lines, month.getValue()));
    }

    @Property(tries = 300)
    void fullRefundInTheSamePeriodPutsEveryoneBack(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int sales,
            @ForAll boolean asVoid) {
        RandomShop shop = new RandomShop(seed, NOVEMBER);
        List<IncentiveRule> rules = shop.rules();
        var month = shop.month(sales);
        List<SoldLine> sale = shop.sale();
        List<SoldLine> with = new ArrayList<>(month.getKey());
        with.addAll(sale);
        with.addAll(shop.undoAll(sale, asVoid ? SaleKind.VOID : SaleKind.REFUND));

        PayoutRun without = compute(rules, month.getKey(), month.getValue());
        PayoutRun undone = compute(rules, with, month.getValue());

        assertEquals(amounts(without), amounts(undone));
        assertEquals(without.totalMinor(), undone.totalMinor());
        for (Payout p : without.payouts()) {
            assertEquals(p.salesBaseMinor(), payout(undone, p.personId()).salesBaseMinor());
        }
    }

    @Property(tries = 300)
    void refundInALaterPeriodReversesExactlyWhatWasPaid(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 30) int sales) {
        RandomShop november = new RandomShop(seed, NOVEMBER);
        List<IncentiveRule> rules = november.rules();
        var month = november.month(sales);
        List<SoldLine> sale = november.sale();
        List<SoldLine> novemberLines = new ArrayList<>(month.getKey());
        novemberLines.addAll(sale);
        PayoutRun paid = compute(rules, novemberLines, month.getValue());

        RandomShop decemberShop = new RandomShop(seed + 1, DECEMBER);
        List<SoldLine> refund = decemberShop.undoAll(sale, SaleKind.REFUND);
        List<SoldLine> decemberLines = new ArrayList<>(decemberShop.month(sales).getKey());
        decemberLines.addAll(refund);
        PayoutRun reversed = compute(rules, decemberLines, IncentiveFixtures.ledgerOf(paid));

        String saleId = sale.get(0).saleId();
        String refundId = refund.get(0).saleId();
        Map<String, Long> paidOnSale = sumBy(paid, a -> saleId.equals(a.saleId()));
        Map<String, Long> reversedByRefund = sumBy(reversed, a -> refundId.equals(a.saleId()));
        paidOnSale.replaceAll((person, amount) -> -amount);
        assertEquals(paidOnSale, reversedByRefund);
    }

    @Property(tries = 300)
    void aHigherTierNeverPaysLess(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int sales) {
        RandomShop shop = new RandomShop(seed, NOVEMBER);
        List<IncentiveRule> rules = shop.rules();
        List<SoldLine> before = new ArrayList<>();
        for (int i = 0; i < sales; i++) {
            before.addAll(shop.sale());
        }
        Person seller = shop.person();
        List<SoldLine> after = new ArrayList<>(before);
        after.addAll(shop.sale(seller));

        PayoutRun fewer = compute(rules, before, Map.of());
        PayoutRun more = compute(rules, after, Map.of());

        assertTrue(commission(more, seller.id()) >= commission(fewer, seller.id()),
                () -> "commission went down: " + commission(fewer, seller.id()) + " → " + commission(more, seller.id()));
        Map<String, Integer> rateBefore = rates(fewer, seller.id());
        rates(more, seller.id()).forEach((rule, rate) -> assertTrue(rate >= rateBefore.getOrDefault(rule, 0),
                () -> rule + " picked a lower rate"));
    }

    @Property(tries = 300)
    void payoutsEqualTheSumOfTheirApplications(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int sales) {
        RandomShop shop = new RandomShop(seed, NOVEMBER);
        var month = shop.month(sales);
        PayoutRun run = compute(shop.rules(), month.getKey(), month.getValue());

        long all = 0;
        String previous = "";
        for (Payout p : run.payouts()) {
            long sum = p.applications().stream().mapToLong(RuleApplication::amountMinor).sum();
            assertEquals(sum, p.amountMinor());
            assertTrue(p.applications().stream().allMatch(a -> a.personId().equals(p.personId())));
            assertTrue(p.personId().compareTo(previous) > 0, "payouts sorted by person");
            previous = p.personId();
            all += sum;
        }
        assertEquals(all, run.totalMinor());
    }

    private static PayoutRun compute(List<IncentiveRule> rules, List<SoldLine> lines, Map<String, List<PaidLine>> paid) {
        PayPeriod period = lines.isEmpty() ? NOVEMBER : PayPeriod.of(PayCycle.MONTHLY, lines.stream()
                .filter(l -> l.kind() == SaleKind.SALE).findFirst().orElse(lines.get(0)).businessDay());
        return IncentiveEngine.compute(rules, IncentiveSettings.DEFAULT,
                new IncentiveFacts(period, lines, PEOPLE, RandomShop.TEAMS, paid));
    }

    private static Map<String, Long> amounts(PayoutRun run) {
        Map<String, Long> out = new TreeMap<>();
        run.payouts().stream().filter(p -> p.amountMinor() != 0).forEach(p -> out.put(p.personId(), p.amountMinor()));
        return out;
    }

    private static Payout payout(PayoutRun run, String personId) {
        return run.payouts().stream().filter(p -> p.personId().equals(personId)).findFirst().orElseThrow();
    }

    private static Map<String, Long> sumBy(PayoutRun run, java.util.function.Predicate<RuleApplication> which) {
        Map<String, Long> out = new TreeMap<>();
        run.payouts().stream().flatMap(p -> p.applications().stream()).filter(which)
                .forEach(a -> out.merge(a.personId(), a.amountMinor(), Long::sum));
        out.values().removeIf(v -> v == 0);
        return out;
    }

    private static long commission(PayoutRun run, String personId) {
        return run.payouts().stream().filter(p -> p.personId().equals(personId))
                .flatMap(p -> p.applications().stream()).filter(a -> COMMISSIONS.contains(a.reason()))
                .mapToLong(RuleApplication::amountMinor).sum();
    }

    private static Map<String, Integer> rates(PayoutRun run, String personId) {
        Map<String, Integer> out = new HashMap<>();
        run.payouts().stream().filter(p -> p.personId().equals(personId)).flatMap(p -> p.applications().stream())
                .filter(a -> a.reason() == Reason.COMMISSION).forEach(a -> out.put(a.ruleId(), a.rateBp()));
        return out;
    }
}
