package app.counterpart.core.demo;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.incentives.GoalSplit;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.incentives.Target;
import app.counterpart.core.incentives.Tier;
import app.counterpart.core.incentives.Who;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.core.staff.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The demo shop's incentive rules, in force from the first day of its history, and the customers its
 * partners brought. Everything random here draws from its own generator derived from the seed, so the
 * demo's sales and customers stay exactly what they were before incentives existed.
 */
public final class DemoIncentives {

    /** About one customer in twelve came through a partner. */
    private static final int BROUGHT_ONE_IN = 12;
    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

    private DemoIncentives() {
    }

    /** The rule set: commissions for cashiers and managers, a category bonus, new-customer, referral and team rules. */
    public static List<IncentiveRule> rules(DemoShop demo, LocalDate firstDay, String frontTeamId, long seed) {
        IdGenerator ids = new IdGenerator(Clock.fixed(CREATED, ZoneOffset.UTC), new Random(seed ^ 0x1ACE_77E5L));
        String owner = demo.staff().stream().filter(s -> s.role() == app.counterpart.core.staff.Role.OWNER)
                .map(Staff::id).findFirst().orElse(null);
        String cakes = demo.categories().stream().filter(c -> c.code().equals("CAKE")).map(Category::id)
                .findFirst().orElse(demo.categories().get(0).id());
        return List.of(
                rule(ids, RuleKind.PERCENT_COMMISSION, "Cashier commission 收银提成 3%", firstDay,
                        new Who(Who.Scope.ROLE, "cashier"), Target.ALL, List.of(new Tier(0, 300)), 0, null, 0, null,
                        owner),
                rule(ids, RuleKind.PERCENT_COMMISSION, "Cakes 蛋糕 8%", firstDay, Who.EVERYONE,
                        new Target(Target.Scope.CATEGORY, cakes), List.of(new Tier(0, 800)), 0, null, 0, null, owner),
                rule(ids, RuleKind.TIERED_COMMISSION, "Manager tiers 店长阶梯", firstDay,
                        new Who(Who.Scope.ROLE, "manager"), Target.ALL,
                        List.of(new Tier(0, 200), new Tier(2_000_000, 300), new Tier(4_000_000, 400)), 0, null, 0,
                        null, owner),
                rule(ids, RuleKind.NEW_CUSTOMER_BONUS, "New customer 新客奖励 ¥5", firstDay, Who.EVERYONE, Target.ALL,
                        List.of(), 500, null, 0, null, owner),
                rule(ids, RuleKind.REFERRAL_BONUS, "Partner referral 合伙人推荐 ¥20", firstDay,
                        new Who(Who.Scope.KIND, "partner"), Target.ALL, List.of(), 2_000, null, 0, null, owner),
                rule(ids, RuleKind.TEAM_GOAL, "Front counter goal 前台目标", firstDay, Who.EVERYONE, Target.ALL,
                        List.of(), 100_000, frontTeamId, 6_000_000, GoalSplit.BY_SALES, owner));
    }

    /** Customers the partners brought, by customer id: every twelfth or so, the partners taking turns. */
    public static Map<String, String> broughtBy(DemoShop demo, long seed) {
        List<String> partners = demo.staff().stream().filter(s -> s.kind() == StaffKind.PARTNER).map(Staff::id)
                .toList();
        Map<String, String> out = new TreeMap<>();
        if (partners.isEmpty()) {
            return out;
        }
        Random random = new Random(seed ^ 0xB40_6E7BL);
        for (Customer c : demo.customers()) {
            if (random.nextInt(BROUGHT_ONE_IN) == 0) {
                out.put(c.id(), partners.get(random.nextInt(partners.size())));
            }
        }
        return out;
    }

    private static IncentiveRule rule(IdGenerator ids, RuleKind kind, String name, LocalDate from, Who who,
            Target target, List<Tier> tiers, long amount, String teamId, long goal, GoalSplit split, String owner) {
        return new IncentiveRule(ids.next(), 1, kind, name, from, null, who, target, tiers, amount, teamId, goal, split,
                true, owner, CREATED);
    }
}
