package app.counterpart.core.incentives;

import app.counterpart.core.common.Money;
import app.counterpart.core.sales.SaleKind;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pays one period: pure, deterministic and independent of the order the lines come in.
 * See docs/decisions/0018-incentive-engine.md.
 *
 * <p>Every figure is a sum over the period's lines or a choice made by a total order (rule precedence,
 * person id, line id), never by input order, so the same facts always give the same run.
 */
public final class IncentiveEngine {

    /** Orders applications as the payout explains them: by day, sale, line, rule and reason. */
    public static final Comparator<RuleApplication> APPLICATION_ORDER = IncentiveEngine::compareApplications;

    /**
     * Most specific first: target, then who, then the later start, then rule id (and the later version
     * of one rule, should two overlap), so the first rule of this order that fits a line pays it.
     */
    private static final Comparator<IncentiveRule> PRECEDENCE = Comparator
            .comparingInt((IncentiveRule r) -> -targetOf(r).scope().specificity())
            .thenComparingInt(r -> -whoOf(r).scope().specificity())
            .thenComparing(IncentiveRule::effectiveFrom, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(IncentiveRule::ruleId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(IncentiveRule::version).reversed());

    /** Cached for a person below a rule's first tier (compared by identity). */
    private static final Tier NO_TIER = new Tier(0, 0);

    private IncentiveEngine() {
    }

    /**
     * The key under which {@link IncentiveFacts#paidEarlier()} holds what an earlier period paid for a
     * new-customer or referral bonus on a sale, e.g. "sale:0190...:NEW_CUSTOMER_BONUS". Commission
     * payments are keyed by the sale line's id.
     */
    public static String saleKey(String saleId, RuleKind kind) {
        return "sale:" + saleId + ":" + kind.name();
    }

    /**
     * Under which key a later period's {@link IncentiveFacts#paidEarlier()} must hand back an application
     * of a closed run: the line id for a commission, {@link #saleKey} for a new-customer or referral
     * bonus; null for what is never reversed later (reversals themselves, team shares).
     */
    public static String paidEarlierKey(RuleApplication application) {
        return switch (application.reason()) {
            case COMMISSION -> application.lineId();
            case NEW_CUSTOMER, REFERRAL -> saleKey(application.saleId(), application.kind());
            default -> null;
        };
    }

    /** The commission base of one line, signed like the line (a refund or void line is negative). */
    public static long commissionBase(SoldLine line, CommissionBase base) {
        return switch (base == null ? CommissionBase.NET_OF_TAX_AND_DISCOUNTS : base) {
            case NET_OF_TAX_AND_DISCOUNTS -> line.totalMinor() - line.taxMinor();
            case NET_OF_DISCOUNTS -> line.totalMinor();
            case NET_OF_TAX -> {
                long gross = line.unitPriceMinor() * line.quantity();
                // With tax-exclusive prices the total is gross - discount + tax: the shelf price has no tax in it.
                boolean taxOnTop = line.taxMinor() != 0
                        && line.totalMinor() == gross - line.discountMinor() + line.taxMinor();
                yield taxOnTop ? gross : gross - line.taxMinor();
            }
        };
    }

    public static PayoutRun compute(List<IncentiveRule> rules, IncentiveSettings settings, IncentiveFacts facts) {
        IncentiveSettings effective = settings == null ? IncentiveSettings.DEFAULT : settings;
        return new Computation(rules == null ? List.of() : rules, effective, facts).run();
    }

    /** One run's working state. */
    private static final class Computation {

        private final IncentiveSettings settings;
        private final IncentiveFacts facts;
        private final PayPeriod period;
        private final Map<String, Person> people = new HashMap<>();
        private final List<IncentiveRule> lineRules = new ArrayList<>();
        private final List<IncentiveRule> newCustomerRules = new ArrayList<>();
        private final List<IncentiveRule> referralRules = new ArrayList<>();
        private final List<IncentiveRule> teamRules = new ArrayList<>();
        /** The kind of each rule version ("ruleId#version"), for reversals of earlier periods' payments. */
        private final Map<String, RuleKind> kindOfRule = new HashMap<>();

        /** The period's lines, and per line its base, the rule that pays it and its original's index. */
        private SoldLine[] lines;
        private long[] baseOf;
        private IncentiveRule[] ruleOf;
        private int[] originalOf;
        /** The period's sale lines by id: a refund whose original is here is reversed from this run. */
        private Map<String, Integer> saleLineIndex;
        private Set<String> saleIds;
        private final Map<String, long[]> personBase = new HashMap<>();
        /** Per person, the line rules whose "who" selects them, most specific first. */
        private final Map<String, IncentiveRule[]> lineRulesOf = new HashMap<>();
        private final Map<IncentiveRule, Map<String, Tier>> tierCache = new IdentityHashMap<>();
        /** Bonuses this run pays on a sale, by {@link #saleKey}, for a void in the same period. */
        private final Map<String, List<RuleApplication>> bonusOfSale = new HashMap<>();
        private final Map<String, List<RuleApplication>> applications = new HashMap<>();

        Computation(List<IncentiveRule> rules, IncentiveSettings settings, IncentiveFacts facts) {
            this.settings = settings;
            this.facts = facts;
            this.period = facts.period();
            if (facts.people() != null) {
                for (Person p : facts.people()) {
                    if (p != null && p.id() != null) {
                        people.put(p.id(), p);
                    }
                }
            }
            for (IncentiveRule r : rules) {
                if (r == null || r.kind() == null || r.ruleId() == null) {
                    continue;
                }
                kindOfRule.put(r.ruleId() + "#" + r.version(), r.kind());
                if (!r.active()) {
                    continue;
                }
                switch (r.kind()) {
                    case PERCENT_COMMISSION, TIERED_COMMISSION -> lineRules.add(r);
                    case NEW_CUSTOMER_BONUS -> newCustomerRules.add(r);
                    case REFERRAL_BONUS -> referralRules.add(r);
                    case TEAM_GOAL -> teamRules.add(r);
                }
            }
            lineRules.sort(PRECEDENCE);
            newCustomerRules.sort(PRECEDENCE);
            referralRules.sort(PRECEDENCE);
        }

        PayoutRun run() {
            List<SoldLine> inPeriod = new ArrayList<>(facts.lines() == null ? 0 : facts.lines().size());
            if (facts.lines() != null) {
                for (SoldLine line : facts.lines()) {
                    if (line != null && line.kind() != null && line.businessDay() != null
                            && period.contains(line.businessDay())) {
                        inPeriod.add(line);
                    }
                }
            }
            lines = inPeriod.toArray(SoldLine[]::new);
            indexSales();
            sumPeriodBases();
            payCommissions();
            payBonuses();
            reverseBonuses();
            payTeamGoals();
            return payouts();
        }

        private void indexSales() {
            int n = lines.length;
            saleLineIndex = new HashMap<>(n * 2);
            saleIds = new HashSet<>(n);
            for (int i = 0; i < n; i++) {
                SoldLine line = lines[i];
                if (line.kind() == SaleKind.SALE && line.lineId() != null) {
                    saleLineIndex.put(line.lineId(), i);
                    saleIds.add(line.saleId());
                }
            }
            originalOf = new int[n];
            for (int i = 0; i < n; i++) {
                SoldLine line = lines[i];
                Integer original = line.kind() == SaleKind.SALE || line.originalLineId() == null ? null
                        : saleLineIndex.get(line.originalLineId());
                originalOf[i] = original == null ? -1 : original;
            }
        }

        /** A person's period base: their sale lines, less refunds and voids of those same lines. */
        private void sumPeriodBases() {
            baseOf = new long[lines.length];
            long[] current = null;
            String currentPerson = null;
            for (int i = 0; i < lines.length; i++) {
                SoldLine line = lines[i];
                baseOf[i] = commissionBase(line, settings.base());
                String person = line.kind() == SaleKind.SALE ? line.servedById()
                        : originalOf[i] < 0 ? null : lines[originalOf[i]].servedById();
                if (person != null) {
                    if (!person.equals(currentPerson)) {
                        current = personBase.computeIfAbsent(person, k -> new long[1]);
                        currentPerson = person;
                    }
                    current[0] += baseOf[i];
                }
            }
        }

        private long periodBase(String personId) {
            long[] sum = personBase.get(personId);
            return sum == null ? 0 : sum[0];
        }

        private void payCommissions() {
            ruleOf = new IncentiveRule[lines.length];
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].kind() == SaleKind.SALE) {
                    ruleOf[i] = lineRuleFor(lines[i]);
                }
            }
            for (int i = 0; i < lines.length; i++) {
                SoldLine line = lines[i];
                if (line.kind() == SaleKind.SALE) {
                    if (ruleOf[i] != null) {
                        payLine(line, line.servedById(), ruleOf[i], baseOf[i], Reason.COMMISSION);
                    }
                } else if (originalOf[i] >= 0) {
                    int original = originalOf[i];
                    if (ruleOf[original] != null) {
                        payLine(line, lines[original].servedById(), ruleOf[original], baseOf[i],
                                Reason.COMMISSION_REVERSED);
                    }
                } else if (line.originalLineId() != null) {
                    reverseEarlierCommission(line, baseOf[i]);
                }
            }
        }

        private IncentiveRule lineRuleFor(SoldLine line) {
            String personId = line.servedById();
            if (personId == null) {
                return null;
            }
            IncentiveRule[] candidates = lineRulesOf.computeIfAbsent(personId, id -> lineRules.stream()
                    .filter(r -> matches(whoOf(r), id, people.get(id))).toArray(IncentiveRule[]::new));
            for (IncentiveRule rule : candidates) {
                if (inForce(rule, line.businessDay()) && matches(targetOf(rule), line)) {
                    return rule;
                }
            }
            return null;
        }

        private void payLine(SoldLine line, String personId, IncentiveRule rule, long base, Reason reason) {
            Tier tier = tierFor(rule, personId);
            if (tier == null) {
                return;
            }
            long amount = Money.percentOf(base, tier.rateBp());
            if (amount != 0) {
                add(new RuleApplication(personId, rule.ruleId(), rule.version(), rule.kind(), reason, line.saleId(),
                        line.saleNumber(), line.lineId(), line.businessDay(), base, tier.rateBp(), tier.fromMinor(),
                        amount));
            }
        }

        /** The highest tier the person's period base reaches under the rule; null below the first. */
        private Tier tierFor(IncentiveRule rule, String personId) {
            Tier tier = tierCache.computeIfAbsent(rule, r -> new HashMap<>()).computeIfAbsent(personId, p -> {
                long reached = periodBase(p);
                Tier best = null;
                for (Tier t : rule.tiers()) {
                    if (t != null && t.fromMinor() <= reached
                            && (best == null || t.fromMinor() > best.fromMinor()
                                    || t.fromMinor() == best.fromMinor() && t.rateBp() > best.rateBp())) {
                        best = t;
                    }
                }
                return best == null ? NO_TIER : best;
            });
            return tier == NO_TIER ? null : tier;
        }

        /** A refund of a line an earlier period paid: back at the rate it was paid at, from whom it was paid. */
        private void reverseEarlierCommission(SoldLine line, long base) {
            List<PaidLine> paid = facts.paidEarlier() == null ? null : facts.paidEarlier().get(line.originalLineId());
            if (paid == null) {
                return;
            }
            for (PaidLine p : paid) {
                if (p == null || p.personId() == null) {
                    continue;
                }
                long amount = Money.percentOf(base, p.rateBp());
                if (amount != 0) {
                    RuleKind kind = kindOfRule.getOrDefault(p.ruleId() + "#" + p.ruleVersion(),
                            RuleKind.PERCENT_COMMISSION);
                    add(new RuleApplication(p.personId(), p.ruleId(), p.ruleVersion(), kind,
                            Reason.COMMISSION_REVERSED, line.saleId(), line.saleNumber(), line.lineId(),
                            line.businessDay(), base, p.rateBp(), 0, amount));
                }
            }
        }

        /** New-customer and referral bonuses: once per first sale of a customer. */
        private void payBonuses() {
            Map<String, SoldLine> firstSales = new TreeMap<>();
            for (SoldLine line : lines) {
                if (line.kind() == SaleKind.SALE && line.firstSaleOfCustomer() && line.customerId() != null
                        && line.saleId() != null && line.lineId() != null) {
                    // One line speaks for its sale; the smallest id, so the choice does not depend on order.
                    firstSales.merge(line.saleId(), line,
                            (a, b) -> a.lineId().compareTo(b.lineId()) <= 0 ? a : b);
                }
            }
            for (SoldLine sale : firstSales.values()) {
                payBonus(sale, RuleKind.NEW_CUSTOMER_BONUS, Reason.NEW_CUSTOMER, sale.servedById(), newCustomerRules);
                if (sale.customerBroughtBy() != null) {
                    payBonus(sale, RuleKind.REFERRAL_BONUS, Reason.REFERRAL, sale.customerBroughtBy(), referralRules);
                }
            }
        }

        private void payBonus(SoldLine sale, RuleKind kind, Reason reason, String personId, List<IncentiveRule> rules) {
            if (personId == null) {
                return;
            }
            Person person = people.get(personId);
            for (IncentiveRule rule : rules) {
                if (inForce(rule, sale.businessDay()) && matches(whoOf(rule), personId, person)) {
                    if (rule.amountMinor() != 0) {
                        RuleApplication paid = new RuleApplication(personId, rule.ruleId(), rule.version(), kind,
                                reason, sale.saleId(), sale.saleNumber(), null, sale.businessDay(), 0, 0, 0,
                                rule.amountMinor());
                        add(paid);
                        bonusOfSale.computeIfAbsent(saleKey(sale.saleId(), kind), k -> new ArrayList<>()).add(paid);
                    }
                    return;
                }
            }
        }

        /** A void, or the refund that leaves nothing of a sale, takes back the sale's bonuses. */
        private void reverseBonuses() {
            Map<String, SoldLine> undone = new TreeMap<>();
            for (SoldLine line : lines) {
                boolean undoes = line.kind() == SaleKind.VOID
                        || line.kind() == SaleKind.REFUND && line.completesFullRefund();
                String original = undoes ? originalSaleOf(line) : null;
                if (original != null) {
                    undone.merge(original, line, (a, b) -> byIds(a, b) <= 0 ? a : b);
                }
            }
            undone.forEach((originalSaleId, by) -> {
                reverseBonus(originalSaleId, by, RuleKind.NEW_CUSTOMER_BONUS, Reason.NEW_CUSTOMER_REVERSED);
                reverseBonus(originalSaleId, by, RuleKind.REFERRAL_BONUS, Reason.REFERRAL_REVERSED);
            });
        }

        private String originalSaleOf(SoldLine line) {
            if (line.originalSaleId() != null) {
                return line.originalSaleId();
            }
            Integer original = line.originalLineId() == null ? null : saleLineIndex.get(line.originalLineId());
            return original == null ? null : lines[original].saleId();
        }

        private void reverseBonus(String originalSaleId, SoldLine by, RuleKind kind, Reason reason) {
            String key = saleKey(originalSaleId, kind);
            if (saleIds.contains(originalSaleId)) {
                for (RuleApplication paid : bonusOfSale.getOrDefault(key, List.of())) {
                    add(new RuleApplication(paid.personId(), paid.ruleId(), paid.ruleVersion(), kind, reason,
                            by.saleId(), by.saleNumber(), null, by.businessDay(), 0, 0, 0, -paid.amountMinor()));
                }
                return;
            }
            List<PaidLine> paid = facts.paidEarlier() == null ? null : facts.paidEarlier().get(key);
            if (paid == null) {
                return;
            }
            for (PaidLine p : paid) {
                if (p != null && p.personId() != null && p.amountMinor() != 0) {
                    add(new RuleApplication(p.personId(), p.ruleId(), p.ruleVersion(), kind, reason, by.saleId(),
                            by.saleNumber(), null, by.businessDay(), 0, 0, 0, -p.amountMinor()));
                }
            }
        }

        /** Each team-goal rule by the version in force on the period's last day. */
        private void payTeamGoals() {
            LocalDate lastDay = period.end().minusDays(1);
            Map<String, IncentiveRule> byRule = new TreeMap<>();
            for (IncentiveRule rule : teamRules) {
                if (inForce(rule, lastDay)) {
                    byRule.merge(rule.ruleId(), rule, (a, b) -> PRECEDENCE.compare(a, b) <= 0 ? a : b);
                }
            }
            for (IncentiveRule rule : byRule.values()) {
                payTeamGoal(rule, lastDay);
            }
        }

        private void payTeamGoal(IncentiveRule rule, LocalDate lastDay) {
            Set<String> members = rule.teamId() == null || facts.teamMembers() == null ? null
                    : facts.teamMembers().get(rule.teamId());
            if (members == null || members.isEmpty() || rule.amountMinor() <= 0) {
                return;
            }
            long teamSales = 0;
            List<String> payees = new ArrayList<>();
            for (String member : new TreeSet<>(members)) {
                teamSales += periodBase(member);
                if (matches(whoOf(rule), member, people.get(member))) {
                    payees.add(member);
                }
            }
            if (payees.isEmpty() || teamSales < rule.goalMinor() || teamSales <= 0) {
                return;
            }
            long[] weights = new long[payees.size()];
            long weightSum = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = rule.split() == GoalSplit.EQUAL ? 1 : Math.max(0, periodBase(payees.get(i)));
                weightSum += weights[i];
            }
            if (weightSum == 0) {
                Arrays.fill(weights, 1);
            }
            long[] shares = split(rule.amountMinor(), weights);
            for (int i = 0; i < shares.length; i++) {
                if (shares[i] != 0) {
                    String member = payees.get(i);
                    add(new RuleApplication(member, rule.ruleId(), rule.version(), rule.kind(), Reason.TEAM_GOAL, null,
                            null, null, lastDay, periodBase(member), 0, rule.goalMinor(), shares[i]));
                }
            }
        }

        private void add(RuleApplication application) {
            applications.computeIfAbsent(application.personId(), k -> new ArrayList<>()).add(application);
        }

        private PayoutRun payouts() {
            List<Payout> payouts = new ArrayList<>(applications.size());
            new TreeMap<>(applications).forEach((personId, list) -> {
                list.sort(APPLICATION_ORDER);
                long total = 0;
                for (RuleApplication a : list) {
                    total = Math.addExact(total, a.amountMinor());
                }
                payouts.add(new Payout(personId, period, periodBase(personId), total, list));
            });
            return new PayoutRun(period, settings, payouts, false);
        }
    }

    /**
     * Splits a pool in proportion to the weights (in the order given, which the caller sorts by person
     * id): each part rounded down, then the cents left over one each to the largest remainders, ties to
     * the earlier weight. The parts add up to the pool exactly.
     */
    static long[] split(long pool, long[] weights) {
        BigInteger total = BigInteger.ZERO;
        for (long w : weights) {
            total = total.add(BigInteger.valueOf(w));
        }
        long[] parts = new long[weights.length];
        if (total.signum() <= 0) {
            return parts;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        BigInteger big = BigInteger.valueOf(pool);
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = big.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                ? Long.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int k = 0; given < pool; k = (k + 1) % order.length) {
            parts[order[k]]++;
            given++;
        }
        return parts;
    }

    /** {@link #APPLICATION_ORDER} written out: a payout's thousands of applications are sorted on every run. */
    private static int compareApplications(RuleApplication a, RuleApplication b) {
        int c = compareNullsLast(a.businessDay(), b.businessDay());
        if (c == 0) {
            c = compareNullsFirst(a.saleNumber(), b.saleNumber());
        }
        if (c == 0) {
            c = compareNullsFirst(a.lineId(), b.lineId());
        }
        if (c == 0) {
            c = compareNullsFirst(a.ruleId(), b.ruleId());
        }
        if (c == 0) {
            c = a.reason().compareTo(b.reason());
        }
        if (c == 0) {
            c = Integer.compare(a.ruleVersion(), b.ruleVersion());
        }
        return c != 0 ? c : Long.compare(a.amountMinor(), b.amountMinor());
    }

    private static int compareNullsLast(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private static int compareNullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static int byIds(SoldLine a, SoldLine b) {
        int c = String.valueOf(a.saleId()).compareTo(String.valueOf(b.saleId()));
        return c != 0 ? c : String.valueOf(a.lineId()).compareTo(String.valueOf(b.lineId()));
    }

    private static boolean inForce(IncentiveRule rule, LocalDate day) {
        return rule.active() && (rule.effectiveFrom() == null || !day.isBefore(rule.effectiveFrom()))
                && (rule.effectiveTo() == null || day.isBefore(rule.effectiveTo()));
    }

    private static Who whoOf(IncentiveRule rule) {
        return rule.who() == null ? Who.EVERYONE : rule.who();
    }

    private static Target targetOf(IncentiveRule rule) {
        return rule.target() == null ? Target.ALL : rule.target();
    }

    /**
     * Whether the rule's "who" selects the person; someone not in the facts is matched by id only.
     * "Everyone" leaves out the owner: the owner pays incentives and is paid by one only when a rule names
     * the owner's role or person.
     */
    private static boolean matches(Who who, String personId, Person person) {
        return switch (who.scope()) {
            case EVERYONE -> person == null || person.role() != app.counterpart.core.staff.Role.OWNER;
            case PERSON -> who.value().equals(personId);
            case ROLE -> person != null && person.role() != null
                    && who.value().trim().equalsIgnoreCase(person.role().name());
            case KIND -> person != null && person.kind() != null
                    && who.value().trim().equalsIgnoreCase(person.kind().name());
        };
    }

    private static boolean matches(Target target, SoldLine line) {
        return switch (target.scope()) {
            case ALL -> true;
            case CATEGORY -> target.value().equals(line.categoryId());
            case PRODUCT -> target.value().equals(line.productId());
        };
    }
}
