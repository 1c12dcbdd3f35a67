package app.counterpart.core.incentives;

import static app.counterpart.core.incentives.IncentiveFixtures.ANA;
import static app.counterpart.core.incentives.IncentiveFixtures.BO;
import static app.counterpart.core.incentives.IncentiveFixtures.DECEMBER;
import static app.counterpart.core.incentives.IncentiveFixtures.MIA;
import static app.counterpart.core.incentives.IncentiveFixtures.NOVEMBER;
import static app.counterpart.core.incentives.IncentiveFixtures.PAT;
import static app.counterpart.core.incentives.IncentiveFixtures.amountOf;
import static app.counterpart.core.incentives.IncentiveFixtures.bonus;
import static app.counterpart.core.incentives.IncentiveFixtures.compute;
import static app.counterpart.core.incentives.IncentiveFixtures.dec;
import static app.counterpart.core.incentives.IncentiveFixtures.facts;
import static app.counterpart.core.incentives.IncentiveFixtures.firstSale;
import static app.counterpart.core.incentives.IncentiveFixtures.ledgerOf;
import static app.counterpart.core.incentives.IncentiveFixtures.nov;
import static app.counterpart.core.incentives.IncentiveFixtures.payoutOf;
import static app.counterpart.core.incentives.IncentiveFixtures.percent;
import static app.counterpart.core.incentives.IncentiveFixtures.rule;
import static app.counterpart.core.incentives.IncentiveFixtures.sale;
import static app.counterpart.core.incentives.IncentiveFixtures.team;
import static app.counterpart.core.incentives.IncentiveFixtures.tiered;
import static app.counterpart.core.incentives.IncentiveFixtures.undo;
import static app.counterpart.core.incentives.IncentiveFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sales.SaleKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IncentiveEngineTest {

    private static final IncentiveRule FIVE_PERCENT = percent("r-all", Who.EVERYONE, Target.ALL, 500);

    @ParameterizedTest
    @CsvSource(textBlock = """
            # base,                    qty, unit, discount, tax, total, expected
            NET_OF_TAX_AND_DISCOUNTS,    2, 1000,      200,  92,  1800, 1708
            NET_OF_DISCOUNTS,            2, 1000,      200,  92,  1800, 1800
            NET_OF_TAX,                  2, 1000,      200,  92,  1800, 1908
            NET_OF_TAX,                  2, 1000,      200, 144,  1944, 2000
            NET_OF_TAX_AND_DISCOUNTS,   -2, 1000,     -200, -92, -1800, -1708
            NET_OF_TAX,                 -2, 1000,     -200, -92, -1800, -1908
            """)
    void commissionBaseFollowsTheSetting(CommissionBase base, int qty, long unit, long discount, long tax, long total,
            long expected) {
        SoldLine line = new SoldLine("s", "N-s", qty > 0 ? SaleKind.SALE : SaleKind.REFUND, "l", null, null, nov(3),
                ANA.id(), null, false, null, "prod", "cat", qty, unit, discount, tax, total, false);

        assertEquals(expected, IncentiveEngine.commissionBase(line, base));
    }

    @Test
    void percentCommissionPaysWhoServedTheLine() {
        PayoutRun run = compute(List.of(FIVE_PERCENT), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000),
                sale("s2", "l2", nov(3), BO, "tea", "drinks", 3_333))));

        assertEquals(500, amountOf(run, ANA));
        assertEquals(167, amountOf(run, BO));
        RuleApplication a = payoutOf(run, ANA).applications().get(0);
        assertEquals(List.of("r-all", Reason.COMMISSION, "l1", 10_000L, 500),
                List.of(a.ruleId(), a.reason(), a.lineId(), a.baseMinor(), a.rateBp()));
    }

    @Test
    void everyoneLeavesOutTheOwnerUnlessARuleNamesTheOwner() {
        Person owner = new Person("p-own", "Owen", app.counterpart.core.staff.Role.OWNER,
                app.counterpart.core.staff.StaffKind.EMPLOYEE);
        List<Person> people = new java.util.ArrayList<>(IncentiveFixtures.PEOPLE);
        people.add(owner);
        List<SoldLine> lines = List.of(sale("s1", "l1", nov(2), owner, "tea", "drinks", 10_000),
                sale("s2", "l2", nov(2), ANA, "tea", "drinks", 10_000));
        IncentiveFacts facts = new IncentiveFacts(NOVEMBER, lines, people, java.util.Map.of(), java.util.Map.of());

        PayoutRun everyone = compute(List.of(FIVE_PERCENT), facts);
        PayoutRun named = compute(List.of(FIVE_PERCENT,
                percent("r-owner", new Who(Who.Scope.ROLE, "owner"), Target.ALL, 100)), facts);

        assertEquals(0, amountOf(everyone, owner));
        assertEquals(500, amountOf(everyone, ANA));
        assertEquals(100, amountOf(named, owner));
    }

    @Test
    void mostSpecificRuleWins() {
        List<IncentiveRule> rules = List.of(FIVE_PERCENT,
                percent("r-drinks", Who.EVERYONE, new Target(Target.Scope.CATEGORY, "drinks"), 800),
                percent("r-tea", Who.EVERYONE, new Target(Target.Scope.PRODUCT, "tea"), 1_000));

        PayoutRun run = compute(rules, facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000),
                sale("s1", "l2", nov(2), ANA, "coffee", "drinks", 10_000),
                sale("s1", "l3", nov(2), ANA, "cup", "things", 10_000))));

        assertEquals(List.of("r-tea", "r-drinks", "r-all"),
                payoutOf(run, ANA).applications().stream().map(RuleApplication::ruleId).toList());
    }

    @Test
    void targetOutranksWho() {
        List<IncentiveRule> rules = List.of(
                percent("r-ana", new Who(Who.Scope.PERSON, ANA.id()), Target.ALL, 900),
                percent("r-drinks", Who.EVERYONE, new Target(Target.Scope.CATEGORY, "drinks"), 300));

        PayoutRun run = compute(rules, facts(NOVEMBER, List.of(sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000))));

        assertEquals(300, amountOf(run, ANA));
    }

    @Test
    void moreSpecificWhoWinsOnTheSameTarget() {
        List<IncentiveRule> rules = List.of(FIVE_PERCENT,
                percent("r-cashiers", new Who(Who.Scope.ROLE, "cashier"), Target.ALL, 300),
                percent("r-bo", new Who(Who.Scope.PERSON, BO.id()), Target.ALL, 700));

        PayoutRun run = compute(rules, facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000),
                sale("s2", "l2", nov(2), BO, "tea", "drinks", 10_000),
                sale("s3", "l3", nov(2), MIA, "tea", "drinks", 10_000))));

        assertEquals(List.of(300L, 700L, 500L), List.of(amountOf(run, ANA), amountOf(run, BO), amountOf(run, MIA)));
    }

    @Test
    void laterStartWinsBetweenEquallySpecificRules() {
        IncentiveRule older = percent("r-b", Who.EVERYONE, Target.ALL, 100);
        IncentiveRule newer = rule("r-a", 1, RuleKind.PERCENT_COMMISSION, nov(10), null, Who.EVERYONE, Target.ALL,
                List.of(new Tier(0, 200)), 0, null, 0, null);

        PayoutRun run = compute(List.of(older, newer), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(9), ANA, "tea", "drinks", 10_000),
                sale("s2", "l2", nov(10), ANA, "tea", "drinks", 10_000))));

        assertEquals(List.of("r-b", "r-a"),
                payoutOf(run, ANA).applications().stream().map(RuleApplication::ruleId).toList());
    }

    @Test
    void eachLinePaidByTheVersionInForceOnItsDay() {
        IncentiveRule v1 = version(FIVE_PERCENT, 1, IncentiveFixtures.LONG_AGO, nov(15), List.of(new Tier(0, 500)));
        IncentiveRule v2 = version(FIVE_PERCENT, 2, nov(15), null, List.of(new Tier(0, 1_000)));

        PayoutRun run = compute(List.of(v1, v2), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(14), ANA, "tea", "drinks", 10_000),
                sale("s2", "l2", nov(15), ANA, "tea", "drinks", 10_000))));

        assertEquals(List.of(1, 2), payoutOf(run, ANA).applications().stream().map(RuleApplication::ruleVersion).toList());
        assertEquals(1_500, amountOf(run, ANA));
    }

    @Test
    void roleRuleLeavesOtherRolesUnpaid() {
        IncentiveRule cashiers = percent("r-cashiers", new Who(Who.Scope.ROLE, "cashier"), Target.ALL, 500);

        PayoutRun run = compute(List.of(cashiers), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), MIA, "tea", "drinks", 10_000))));

        assertTrue(run.payouts().isEmpty());
    }

    @Test
    void tierReachedPaysEveryLine() {
        IncentiveRule tiers = tiered("r-tier", Who.EVERYONE, Target.ALL, new Tier(0, 200), new Tier(20_000, 500));

        PayoutRun below = compute(List.of(tiers), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000))));
        PayoutRun reached = compute(List.of(tiers), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000),
                sale("s2", "l2", nov(28), ANA, "tea", "drinks", 10_000))));

        assertEquals(200, amountOf(below, ANA));
        assertEquals(1_000, amountOf(reached, ANA));
        assertTrue(payoutOf(reached, ANA).applications().stream()
                .allMatch(a -> a.rateBp() == 500 && a.tierFromMinor() == 20_000));
        assertEquals(20_000, payoutOf(reached, ANA).salesBaseMinor());
    }

    @Test
    void refundInTheSamePeriodLowersTheTierForEveryLine() {
        IncentiveRule tiers = tiered("r-tier", Who.EVERYONE, Target.ALL, new Tier(0, 200), new Tier(20_000, 500));
        SoldLine second = sale("s2", "l2", nov(10), ANA, "tea", "drinks", 10_000);

        PayoutRun run = compute(List.of(tiers), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000), second,
                undo(SaleKind.REFUND, "r1", "rl1", nov(20), second, true))));

        assertEquals(List.of(200L, 200L, -200L),
                payoutOf(run, ANA).applications().stream().map(RuleApplication::amountMinor).toList());
        assertEquals(Reason.COMMISSION_REVERSED, payoutOf(run, ANA).applications().get(2).reason());
    }

    @Test
    void refundReversesCommissionInRefundPeriod() {
        IncentiveRule tiers = tiered("r-tier", Who.EVERYONE, Target.ALL, new Tier(0, 200), new Tier(20_000, 500));
        SoldLine big = sale("s1", "l1", nov(2), ANA, "tea", "drinks", 30_000);
        PayoutRun november = compute(List.of(tiers), facts(NOVEMBER, List.of(big)));

        PayoutRun december = compute(List.of(tiers), facts(DECEMBER, List.of(
                undo(SaleKind.REFUND, "r1", "rl1", dec(3), big, true)), Map.of(), ledgerOf(november)));

        assertEquals(1_500, amountOf(november, ANA));
        assertEquals(-1_500, amountOf(december, ANA));
        RuleApplication reversal = payoutOf(december, ANA).applications().get(0);
        assertEquals(List.of(Reason.COMMISSION_REVERSED, 500, "r-tier", RuleKind.TIERED_COMMISSION),
                List.of(reversal.reason(), reversal.rateBp(), reversal.ruleId(), reversal.kind()));
    }

    @Test
    void refundOfAnEarlierPeriodDoesNotMoveThisPeriodsTier() {
        IncentiveRule tiers = tiered("r-tier", Who.EVERYONE, Target.ALL, new Tier(0, 200), new Tier(20_000, 500));
        SoldLine old = sale("s0", "l0", nov(2), ANA, "tea", "drinks", 10_000);
        Map<String, List<PaidLine>> paid = ledgerOf(compute(List.of(tiers), facts(NOVEMBER, List.of(old))));

        PayoutRun december = compute(List.of(tiers), facts(DECEMBER, List.of(
                sale("s1", "l1", dec(2), ANA, "tea", "drinks", 20_000),
                undo(SaleKind.REFUND, "r1", "rl1", dec(3), old, true)), Map.of(), paid));

        assertEquals(20_000, payoutOf(december, ANA).salesBaseMinor());
        assertEquals(1_000 - 200, amountOf(december, ANA));
    }

    @Test
    void refundOfAnUnpaidEarlierLineReversesNothing() {
        SoldLine old = sale("s0", "l0", nov(2), ANA, "tea", "drinks", 10_000);

        PayoutRun december = compute(List.of(FIVE_PERCENT), facts(DECEMBER, List.of(
                undo(SaleKind.REFUND, "r1", "rl1", dec(3), old, true))));

        assertTrue(december.payouts().isEmpty());
    }

    @Test
    void partialRefundReversesItsShareAndRoundsLikeTheSale() {
        SoldLine line = new SoldLine("s1", "N-s1", SaleKind.SALE, "l1", null, null, nov(2), ANA.id(), null, false,
                null, "tea", "drinks", 3, 1_111, 0, 0, 3_333, false);
        SoldLine partial = new SoldLine("r1", "N-r1", SaleKind.REFUND, "rl1", "s1", "l1", nov(5), BO.id(), null,
                false, null, "tea", "drinks", -1, 1_111, 0, 0, -1_111, false);

        PayoutRun run = compute(List.of(FIVE_PERCENT), facts(NOVEMBER, List.of(line, partial)));

        assertEquals(List.of(167L, -56L),
                payoutOf(run, ANA).applications().stream().map(RuleApplication::amountMinor).toList());
        assertTrue(run.payouts().stream().noneMatch(p -> p.personId().equals(BO.id())));
    }

    @Test
    void newCustomerBonusPaidOncePerSale() {
        IncentiveRule newCustomer = bonus("r-new", RuleKind.NEW_CUSTOMER_BONUS, Who.EVERYONE, 1_000);

        PayoutRun run = compute(List.of(newCustomer), facts(NOVEMBER, List.of(
                firstSale("s1", "l1", nov(2), ANA, "c1", null, 5_000),
                firstSale("s1", "l2", nov(2), ANA, "c1", null, 5_000),
                sale("s2", "l3", nov(3), ANA, "tea", "drinks", 5_000))));

        assertEquals(1_000, amountOf(run, ANA));
        RuleApplication a = payoutOf(run, ANA).applications().get(0);
        assertEquals(List.of(Reason.NEW_CUSTOMER, "s1"), List.of(a.reason(), a.saleId()));
    }

    @Test
    void referralBonusPaysThePartnerWhoBroughtTheCustomer() {
        IncentiveRule referral = bonus("r-ref", RuleKind.REFERRAL_BONUS, new Who(Who.Scope.KIND, "partner"), 2_000);

        PayoutRun run = compute(List.of(referral), facts(NOVEMBER, List.of(
                firstSale("s1", "l1", nov(2), ANA, "c1", PAT, 5_000),
                firstSale("s2", "l2", nov(2), ANA, "c2", BO, 5_000))));

        assertEquals(2_000, amountOf(run, PAT));
        assertEquals(0, amountOf(run, ANA));
        assertEquals(0, amountOf(run, BO));
    }

    @Test
    void voidReversesBonusesInTheSamePeriod() {
        List<IncentiveRule> rules = List.of(bonus("r-new", RuleKind.NEW_CUSTOMER_BONUS, Who.EVERYONE, 1_000),
                bonus("r-ref", RuleKind.REFERRAL_BONUS, Who.EVERYONE, 2_000), FIVE_PERCENT);
        SoldLine a = firstSale("s1", "l1", nov(2), ANA, "c1", PAT, 5_000);
        SoldLine b = firstSale("s1", "l2", nov(2), ANA, "c1", PAT, 5_000);

        PayoutRun run = compute(rules, facts(NOVEMBER, List.of(a, b,
                undo(SaleKind.VOID, "v1", "vl1", nov(2), a, false), undo(SaleKind.VOID, "v1", "vl2", nov(2), b, false))));

        assertEquals(0, amountOf(run, ANA));
        assertEquals(0, amountOf(run, PAT));
        assertTrue(payoutOf(run, PAT).applications().stream().anyMatch(x -> x.reason() == Reason.REFERRAL_REVERSED));
        assertEquals(1, payoutOf(run, ANA).applications().stream()
                .filter(x -> x.reason() == Reason.NEW_CUSTOMER_REVERSED).count());
    }

    @Test
    void fullRefundReversesAnEarlierPeriodsBonus() {
        IncentiveRule newCustomer = bonus("r-new", RuleKind.NEW_CUSTOMER_BONUS, Who.EVERYONE, 1_000);
        SoldLine first = firstSale("s1", "l1", nov(2), ANA, "c1", null, 5_000);
        Map<String, List<PaidLine>> paid = ledgerOf(compute(List.of(newCustomer), facts(NOVEMBER, List.of(first))));

        PayoutRun december = compute(List.of(newCustomer), facts(DECEMBER, List.of(
                undo(SaleKind.REFUND, "r1", "rl1", dec(3), first, true)), Map.of(), paid));

        assertEquals(-1_000, amountOf(december, ANA));
        assertEquals(Reason.NEW_CUSTOMER_REVERSED, payoutOf(december, ANA).applications().get(0).reason());
    }

    @Test
    void partialRefundKeepsTheBonus() {
        IncentiveRule newCustomer = bonus("r-new", RuleKind.NEW_CUSTOMER_BONUS, Who.EVERYONE, 1_000);
        SoldLine a = firstSale("s1", "l1", nov(2), ANA, "c1", null, 5_000);
        SoldLine b = firstSale("s1", "l2", nov(2), ANA, "c1", null, 5_000);

        PayoutRun run = compute(List.of(newCustomer), facts(NOVEMBER, List.of(a, b,
                undo(SaleKind.REFUND, "r1", "rl1", nov(4), a, false))));

        assertEquals(1_000, amountOf(run, ANA));
    }

    @Test
    void teamPoolSplitAddsUp() {
        IncentiveRule goal = team("r-team", "t1", 30_000, 10_000, GoalSplit.BY_SALES);

        PayoutRun run = compute(List.of(goal), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000),
                sale("s2", "l2", nov(2), BO, "tea", "drinks", 10_000),
                sale("s3", "l3", nov(2), MIA, "tea", "drinks", 10_000)),
                Map.of("t1", Set.of(ANA.id(), BO.id(), MIA.id())), Map.of()));

        // 3,333.33 each: the one cent left over goes to the first by person id.
        assertEquals(List.of(3_334L, 3_333L, 3_333L), List.of(amountOf(run, ANA), amountOf(run, BO), amountOf(run, MIA)));
        assertEquals(10_000, run.totalMinor());
        assertEquals(nov(30), payoutOf(run, ANA).applications().get(0).businessDay());
    }

    @Test
    void teamPoolBySalesFollowsEachMembersShare() {
        IncentiveRule goal = team("r-team", "t1", 10_000, 1_000, GoalSplit.BY_SALES);

        PayoutRun run = compute(List.of(goal), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 7_000),
                sale("s2", "l2", nov(2), BO, "tea", "drinks", 3_000)),
                Map.of("t1", Set.of(ANA.id(), BO.id(), MIA.id())), Map.of()));

        assertEquals(List.of(700L, 300L, 0L), List.of(amountOf(run, ANA), amountOf(run, BO), amountOf(run, MIA)));
    }

    @Test
    void teamEqualSplitGivesLeftoverCentsInMemberOrder() {
        IncentiveRule goal = team("r-team", "t1", 1, 1_001, GoalSplit.EQUAL);

        PayoutRun run = compute(List.of(goal), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 7_000)),
                Map.of("t1", Set.of(PAT.id(), ANA.id(), MIA.id())), Map.of()));

        assertEquals(List.of(334L, 334L, 333L), List.of(amountOf(run, ANA), amountOf(run, MIA), amountOf(run, PAT)));
    }

    @Test
    void teamBelowGoalGetsNothing() {
        IncentiveRule goal = team("r-team", "t1", 30_000, 10_000, GoalSplit.BY_SALES);

        PayoutRun run = compute(List.of(goal), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 29_999)),
                Map.of("t1", Set.of(ANA.id(), BO.id())), Map.of()));

        assertTrue(run.payouts().isEmpty());
    }

    @Test
    void teamGoalUsesTheVersionInForceOnTheLastDay() {
        IncentiveRule v1 = team("r-team", "t1", 10_000, 1_000, GoalSplit.EQUAL);
        IncentiveRule closed = version(v1, 1, IncentiveFixtures.LONG_AGO, nov(20), List.of());
        IncentiveRule v2 = new IncentiveRule("r-team", 2, RuleKind.TEAM_GOAL, "team", nov(20), null, Who.EVERYONE,
                Target.ALL, List.of(), 5_000, "t1", 10_000, GoalSplit.EQUAL, true, "p-owner", v1.createdAt());

        PayoutRun run = compute(List.of(closed, v2), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000)),
                Map.of("t1", Set.of(ANA.id())), Map.of()));

        assertEquals(5_000, amountOf(run, ANA));
        assertEquals(2, payoutOf(run, ANA).applications().get(0).ruleVersion());
    }

    @Test
    void oddRulesPayNothingInsteadOfFailing() {
        IncentiveRule noTiers = tiered("r-empty", Who.EVERYONE, Target.ALL);
        IncentiveRule noTeam = team("r-team", "nobody", 0, 1_000, GoalSplit.BY_SALES);
        IncentiveRule noAmount = bonus("r-new", RuleKind.NEW_CUSTOMER_BONUS, Who.EVERYONE, 0);

        PayoutRun run = compute(List.of(noTiers, noTeam, noAmount), facts(NOVEMBER, List.of(
                firstSale("s1", "l1", nov(2), ANA, "c1", null, 5_000))));

        assertTrue(run.payouts().isEmpty());
    }

    @Test
    void emptyTiersOnTheMostSpecificRuleStillTakeTheLine() {
        IncentiveRule noTiers = tiered("r-tea", Who.EVERYONE, new Target(Target.Scope.PRODUCT, "tea"));

        PayoutRun run = compute(List.of(FIVE_PERCENT, noTiers), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(2), ANA, "tea", "drinks", 5_000))));

        assertTrue(run.payouts().isEmpty());
    }

    @Test
    void payoutsAreSortedAndEqualTheirApplications() {
        List<IncentiveRule> rules = List.of(FIVE_PERCENT, bonus("r-new", RuleKind.NEW_CUSTOMER_BONUS, Who.EVERYONE, 300));

        PayoutRun run = compute(rules, facts(NOVEMBER, List.of(
                sale("s3", "l3", nov(9), BO, "tea", "drinks", 1_000),
                firstSale("s2", "l2", nov(5), ANA, "c1", null, 2_000),
                sale("s1", "l1", nov(5), ANA, "tea", "drinks", 4_000))));

        assertEquals(List.of(ANA.id(), BO.id()), run.payouts().stream().map(Payout::personId).toList());
        assertEquals(List.of("l1", "s2", "l2"), payoutOf(run, ANA).applications().stream()
                .map(a -> a.lineId() == null ? a.saleId() : a.lineId()).toList());
        for (Payout p : run.payouts()) {
            assertEquals(p.applications().stream().mapToLong(RuleApplication::amountMinor).sum(), p.amountMinor());
        }
        assertEquals(200 + 100 + 300 + 50, run.totalMinor());
    }

    @Test
    void earlierRefundIsTakenBackAtTheRateItWasPaidAtNotTodays() {
        IncentiveRule november = version(FIVE_PERCENT, 1, IncentiveFixtures.LONG_AGO, dec(1), List.of(new Tier(0, 500)));
        IncentiveRule december = version(FIVE_PERCENT, 2, dec(1), null, List.of(new Tier(0, 1_000)));
        SoldLine tea = sale("s1", "l1", nov(20), ANA, "tea", "drinks", 10_000);
        Map<String, List<PaidLine>> paid = ledgerOf(compute(List.of(november, december), facts(NOVEMBER, List.of(tea))));

        PayoutRun run = compute(List.of(november, december), facts(DECEMBER, List.of(
                undo(SaleKind.REFUND, "r1", "rl1", dec(2), tea, true)), Map.of(), paid));

        RuleApplication reversal = payoutOf(run, ANA).applications().get(0);
        assertEquals(List.of(-500L, 500, 1), List.of(reversal.amountMinor(), reversal.rateBp(), reversal.ruleVersion()));
    }

    @Test
    void refundGivesBackFromWhoeverServedTheOriginalNotWhoRefunded() {
        SoldLine tea = sale("s1", "l1", nov(2), ANA, "tea", "drinks", 10_000);
        SoldLine refund = undo(SaleKind.REFUND, "r1", "rl1", nov(3), tea, true);
        SoldLine byBo = new SoldLine(refund.saleId(), refund.saleNumber(), refund.kind(), refund.lineId(),
                refund.originalSaleId(), refund.originalLineId(), refund.businessDay(), BO.id(), null, false, null,
                refund.productId(), refund.categoryId(), refund.quantity(), refund.unitPriceMinor(),
                refund.discountMinor(), refund.taxMinor(), refund.totalMinor(), true);

        PayoutRun run = compute(List.of(FIVE_PERCENT), facts(NOVEMBER, List.of(tea, byBo)));

        assertEquals(0, amountOf(run, ANA));
        assertEquals(0, payoutOf(run, ANA).salesBaseMinor());
        assertTrue(run.payouts().stream().noneMatch(p -> p.personId().equals(BO.id())));
    }

    @Test
    void referralFromAnEarlierPeriodIsReversedWhenTheSaleIsVoidedNow() {
        IncentiveRule referral = bonus("r-ref", RuleKind.REFERRAL_BONUS, Who.EVERYONE, 2_000);
        SoldLine first = firstSale("s1", "l1", nov(30), ANA, "c1", PAT, 5_000);
        Map<String, List<PaidLine>> paid = ledgerOf(compute(List.of(referral), facts(NOVEMBER, List.of(first))));

        PayoutRun run = compute(List.of(referral), facts(DECEMBER, List.of(
                undo(SaleKind.VOID, "v1", "vl1", dec(1), first, false)), Map.of(), paid));

        assertEquals(List.of(IncentiveEngine.saleKey("s1", RuleKind.REFERRAL_BONUS)), List.copyOf(paid.keySet()));
        assertEquals(-2_000, amountOf(run, PAT));
        assertEquals(Reason.REFERRAL_REVERSED, payoutOf(run, PAT).applications().get(0).reason());
    }

    @Test
    void inactiveAndNotYetStartedRulesDoNotPay() {
        IncentiveRule inactive = new IncentiveRule("r-off", 1, RuleKind.PERCENT_COMMISSION, "off",
                IncentiveFixtures.LONG_AGO, null, Who.EVERYONE, Target.ALL, List.of(new Tier(0, 900)), 0, null, 0,
                null, false, "p-owner", FIVE_PERCENT.createdAt());
        IncentiveRule later = rule("r-later", 1, RuleKind.PERCENT_COMMISSION, nov(20), null,
                new Who(Who.Scope.PERSON, ANA.id()), Target.ALL, List.of(new Tier(0, 900)), 0, null, 0, null);

        PayoutRun run = compute(List.of(FIVE_PERCENT, inactive, later), facts(NOVEMBER, List.of(
                sale("s1", "l1", nov(19), ANA, "tea", "drinks", 10_000))));

        assertEquals(500, amountOf(run, ANA));
    }
}
