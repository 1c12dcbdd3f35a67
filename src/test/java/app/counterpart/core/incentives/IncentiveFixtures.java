package app.counterpart.core.incentives;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.StaffKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small builders for the incentive engine's tests: people, lines, rules and facts of November 2026. */
final class IncentiveFixtures {

    static final PayPeriod NOVEMBER = new PayPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
    static final PayPeriod DECEMBER = new PayPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));
    static final LocalDate LONG_AGO = LocalDate.of(2026, 1, 1);

    static final Person ANA = new Person("p-ana", "Ana", Role.CASHIER, StaffKind.EMPLOYEE);
    static final Person BO = new Person("p-bo", "Bo", Role.CASHIER, StaffKind.EMPLOYEE);
    static final Person MIA = new Person("p-mia", "Mia", Role.MANAGER, StaffKind.EMPLOYEE);
    static final Person PAT = new Person("p-pat", "Pat", Role.PARTNER, StaffKind.PARTNER);
    static final List<Person> PEOPLE = List.of(ANA, BO, MIA, PAT);

    private IncentiveFixtures() {
    }

    static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    /** A sale line without tax or discount: its base is its total under every setting. */
    static SoldLine sale(String saleId, String lineId, LocalDate day, Person by, String product, String category,
            long totalMinor) {
        return new SoldLine(saleId, "N-" + saleId, SaleKind.SALE, lineId, null, null, day, by.id(), null, false, null,
                product, category, 1, totalMinor, 0, 0, totalMinor, false);
    }

    static SoldLine firstSale(String saleId, String lineId, LocalDate day, Person by, String customer,
            Person broughtBy, long totalMinor) {
        return new SoldLine(saleId, "N-" + saleId, SaleKind.SALE, lineId, null, null, day, by.id(), customer, true,
                broughtBy == null ? null : broughtBy.id(), "prod", "cat", 1, totalMinor, 0, 0, totalMinor, false);
    }

    /** The whole line undone by a refund (or void) sale, every figure negated. */
    static SoldLine undo(SaleKind kind, String saleId, String lineId, LocalDate day, SoldLine original,
            boolean completesFullRefund) {
        return new SoldLine(saleId, "N-" + saleId, kind, lineId, original.saleId(), original.lineId(), day,
                original.servedById(), original.customerId(), false, original.customerBroughtBy(),
                original.productId(), original.categoryId(), -original.quantity(), original.unitPriceMinor(),
                -original.discountMinor(), -original.taxMinor(), -original.totalMinor(), completesFullRefund);
    }

    static IncentiveRule percent(String ruleId, Who who, Target target, int rateBp) {
        return rule(ruleId, 1, RuleKind.PERCENT_COMMISSION, LONG_AGO, null, who, target, List.of(new Tier(0, rateBp)),
                0, null, 0, null);
    }

    static IncentiveRule tiered(String ruleId, Who who, Target target, Tier... tiers) {
        return rule(ruleId, 1, RuleKind.TIERED_COMMISSION, LONG_AGO, null, who, target, List.of(tiers), 0, null, 0,
                null);
    }

    static IncentiveRule bonus(String ruleId, RuleKind kind, Who who, long amountMinor) {
        return rule(ruleId, 1, kind, LONG_AGO, null, who, Target.ALL, List.of(), amountMinor, null, 0, null);
    }

    static IncentiveRule team(String ruleId, String teamId, long goalMinor, long poolMinor, GoalSplit split) {
        return rule(ruleId, 1, RuleKind.TEAM_GOAL, LONG_AGO, null, Who.EVERYONE, Target.ALL, List.of(), poolMinor,
                teamId, goalMinor, split);
    }

    static IncentiveRule rule(String ruleId, int version, RuleKind kind, LocalDate from, LocalDate to, Who who,
            Target target, List<Tier> tiers, long amountMinor, String teamId, long goalMinor, GoalSplit split) {
        return new IncentiveRule(ruleId, version, kind, ruleId + " name", from, to, who, target, tiers, amountMinor,
                teamId, goalMinor, split, true, "p-owner", Instant.parse("2026-01-01T00:00:00Z"));
    }

    static IncentiveRule version(IncentiveRule rule, int version, LocalDate from, LocalDate to, List<Tier> tiers) {
        return new IncentiveRule(rule.ruleId(), version, rule.kind(), rule.name(), from, to, rule.who(), rule.target(),
                tiers, rule.amountMinor(), rule.teamId(), rule.goalMinor(), rule.split(), true, rule.createdBy(),
                rule.createdAt());
    }

    static IncentiveFacts facts(PayPeriod period, List<SoldLine> lines) {
        return new IncentiveFacts(period, lines, PEOPLE, Map.of(), Map.of());
    }

    static IncentiveFacts facts(PayPeriod period, List<SoldLine> lines, Map<String, Set<String>> teams,
            Map<String, List<PaidLine>> paidEarlier) {
        return new IncentiveFacts(period, lines, PEOPLE, teams, paidEarlier);
    }

    static PayoutRun compute(List<IncentiveRule> rules, IncentiveFacts facts) {
        return IncentiveEngine.compute(rules, IncentiveSettings.DEFAULT, facts);
    }

    /** What a closed run paid, keyed as the store hands it to a later period's facts. */
    static Map<String, List<PaidLine>> ledgerOf(PayoutRun run) {
        Map<String, List<PaidLine>> paid = new java.util.HashMap<>();
        for (Payout payout : run.payouts()) {
            for (RuleApplication a : payout.applications()) {
                String key = IncentiveEngine.paidEarlierKey(a);
                if (key != null) {
                    paid.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(new PaidLine(key, a.personId(),
                            a.ruleId(), a.ruleVersion(), a.rateBp(), a.baseMinor(), a.amountMinor()));
                }
            }
        }
        return paid;
    }

    static long amountOf(PayoutRun run, Person person) {
        return run.payouts().stream().filter(p -> p.personId().equals(person.id())).mapToLong(Payout::amountMinor)
                .sum();
    }

    static Payout payoutOf(PayoutRun run, Person person) {
        return run.payouts().stream().filter(p -> p.personId().equals(person.id())).findFirst().orElseThrow();
    }
}
