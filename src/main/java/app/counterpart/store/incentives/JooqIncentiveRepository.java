package app.counterpart.store.incentives;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.INCENTIVE_LEDGER;
import static app.counterpart.store.jooq.Tables.INCENTIVE_RULE;
import static app.counterpart.store.jooq.Tables.INCENTIVE_SETTINGS;
import static app.counterpart.store.jooq.Tables.PAYOUT;
import static app.counterpart.store.jooq.Tables.PAYOUT_PERIOD;
import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.SHOP;
import static app.counterpart.store.jooq.Tables.STAFF;
import static app.counterpart.store.jooq.Tables.TEAM_MEMBER;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.incentives.CommissionBase;
import app.counterpart.core.incentives.GoalSplit;
import app.counterpart.core.incentives.IncentiveEngine;
import app.counterpart.core.incentives.IncentiveException;
import app.counterpart.core.incentives.IncentiveException.Problem;
import app.counterpart.core.incentives.IncentiveFacts;
import app.counterpart.core.incentives.IncentiveRepository;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.IncentiveSettings;
import app.counterpart.core.incentives.PaidLine;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.Payout;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.core.incentives.Person;
import app.counterpart.core.incentives.Reason;
import app.counterpart.core.incentives.RuleApplication;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.incentives.SoldLine;
import app.counterpart.core.incentives.Target;
import app.counterpart.core.incentives.Tier;
import app.counterpart.core.incentives.Who;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.store.Database;
import app.counterpart.store.RenderedStatement;
import app.counterpart.store.jooq.tables.records.IncentiveRuleRecord;
import app.counterpart.store.outbox.JsonText;
import app.counterpart.store.outbox.OutboxWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Incentive rules (append-only versions), settings, the facts of a pay period and the payout ledger
 * (ADR 0019). A period's facts are read in one query; a closed period is read back from the ledger and
 * never recomputed, so later rule changes cannot change what was paid.
 */
public final class JooqIncentiveRepository implements IncentiveRepository {

    /**
     * Every sale, refund and void line of the period's business days with what the engine needs of the
     * sale, the product and the customer. The sales of the period are taken once (materialized), so the
     * "first purchase" and "full refund" look-ups run once per sale and not once per line; both walk the
     * indexes on sale (customer_id, created_at) and sale (original_sale_id).
     */
    private static final String FACTS_SQL = """
            WITH ps AS MATERIALIZED (
              SELECT s.id, s.number, s.kind, s.original_sale_id, s.business_day, s.served_by_id, s.customer_id,
                     s.created_at,
                     CASE WHEN s.kind = 'sale' AND s.customer_id IS NOT NULL
                               AND NOT EXISTS (SELECT 1 FROM sale v WHERE v.original_sale_id = s.id AND v.kind = 'void')
                               AND NOT EXISTS (SELECT 1 FROM sale e INDEXED BY sale_customer
                                   WHERE e.customer_id = s.customer_id AND e.created_at <= s.created_at
                                     AND e.kind = 'sale' AND e.id <> s.id
                                     AND (e.created_at < s.created_at OR e.id < s.id)
                                     AND NOT EXISTS (SELECT 1 FROM sale v WHERE v.original_sale_id = e.id
                                                                              AND v.kind = 'void'))
                          THEN 1 ELSE 0 END AS first_sale,
                     CASE WHEN s.kind = 'refund' THEN
                          (SELECT sum(l.quantity) FROM sale_line l WHERE l.sale_id = s.original_sale_id)
                          + (SELECT sum(l.quantity) FROM sale r JOIN sale_line l ON l.sale_id = r.id
                             WHERE r.original_sale_id = s.original_sale_id AND r.kind = 'refund'
                               AND (r.created_at < s.created_at OR (r.created_at = s.created_at AND r.id <= s.id)))
                          = 0 ELSE 0 END AS full_refund,
                     (SELECT c.brought_by FROM customer c WHERE c.id = s.customer_id) AS brought_by,
                     (SELECT o.business_day FROM sale o WHERE o.id = s.original_sale_id) AS original_day
              FROM sale s
              WHERE s.business_day >= ? AND s.business_day < ?)
            SELECT ps.id, ps.number, ps.kind, l.id, ps.original_sale_id, l.original_line_id, ps.business_day,
                   ps.served_by_id, ps.customer_id, ps.first_sale, ps.brought_by, l.product_id, NULL,
                   l.quantity, l.unit_price_minor, l.discount_minor, l.tax_minor, l.total_minor, ps.full_refund,
                   ps.original_day
            FROM ps
            JOIN sale_line l ON l.sale_id = ps.id
            """;

    private static final RenderedStatement LEDGER_ROW = RenderedStatement.insertInto(INCENTIVE_LEDGER,
            INCENTIVE_LEDGER.ID, INCENTIVE_LEDGER.PERIOD_KEY, INCENTIVE_LEDGER.SEQ, INCENTIVE_LEDGER.STAFF_ID,
            INCENTIVE_LEDGER.RULE_ID, INCENTIVE_LEDGER.RULE_VERSION, INCENTIVE_LEDGER.KIND, INCENTIVE_LEDGER.REASON,
            INCENTIVE_LEDGER.SALE_ID, INCENTIVE_LEDGER.SALE_NUMBER, INCENTIVE_LEDGER.LINE_ID,
            INCENTIVE_LEDGER.BUSINESS_DAY, INCENTIVE_LEDGER.BASE_MINOR, INCENTIVE_LEDGER.RATE_BP,
            INCENTIVE_LEDGER.TIER_FROM_MINOR, INCENTIVE_LEDGER.AMOUNT_MINOR);

    private final Database db;
    private final IdGenerator ids;
    private final Clock clock;

    public JooqIncentiveRepository(Database db, IdGenerator ids, Clock clock) {
        this.db = db;
        this.ids = ids;
        this.clock = clock;
    }

    // ---- Rules ----

    @Override
    public List<IncentiveRule> rules() {
        return db.read(ctx -> ctx.selectFrom(INCENTIVE_RULE)
                .orderBy(INCENTIVE_RULE.CREATED_AT, INCENTIVE_RULE.RULE_ID, INCENTIVE_RULE.VERSION)
                .fetch(JooqIncentiveRepository::rule));
    }

    @Override
    public IncentiveRule saveVersion(IncentiveRule rule, String actorId) {
        Instant now = clock.instant();
        return refusalsAsThey(() -> db.write(ctx -> {
            List<IncentiveRule> versions = ctx.selectFrom(INCENTIVE_RULE)
                    .where(INCENTIVE_RULE.RULE_ID.eq(rule.ruleId()))
                    .orderBy(INCENTIVE_RULE.VERSION).fetch(JooqIncentiveRepository::rule);
            IncentiveRule latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            if (latest != null && rule.effectiveFrom().isBefore(latest.effectiveFrom())) {
                throw new IncentiveException(Problem.STARTS_BEFORE_OPEN_VERSION, "The new version of \""
                        + rule.name() + "\" cannot start on " + rule.effectiveFrom() + ": the version it replaces"
                        + " starts on " + latest.effectiveFrom() + ".", rule.name(), latest.effectiveFrom());
            }
            if (latest != null && latest.effectiveTo() != null && rule.effectiveFrom().isBefore(latest.effectiveTo())) {
                throw new IncentiveException(Problem.STARTS_BEFORE_OPEN_VERSION, "The new version of \""
                        + rule.name() + "\" cannot start on " + rule.effectiveFrom() + ": version "
                        + latest.version() + " runs until " + latest.effectiveTo() + ".", rule.name(),
                        latest.effectiveTo());
            }
            String closedUntil = ctx.select(org.jooq.impl.DSL.max(PAYOUT_PERIOD.END_DAY)).from(PAYOUT_PERIOD)
                    .fetchOne(0, String.class);
            if (closedUntil != null && rule.effectiveFrom().isBefore(LocalDate.parse(closedUntil))) {
                throw new IncentiveException(Problem.STARTS_IN_CLOSED_PERIOD, "\"" + rule.name()
                        + "\" cannot change from " + rule.effectiveFrom() + ": pay periods up to " + closedUntil
                        + " are closed, so a change can start on " + closedUntil + " at the earliest.",
                        rule.name(), LocalDate.parse(closedUntil));
            }
            if (rule.effectiveTo() != null && rule.effectiveTo().isBefore(rule.effectiveFrom())) {
                throw new IllegalArgumentException("a rule ends after it starts");
            }
            int version = latest == null ? 1 : latest.version() + 1;
            IncentiveRule stored = new IncentiveRule(rule.ruleId(), version, rule.kind(), rule.name().trim(),
                    rule.effectiveFrom(), rule.effectiveTo(), who(rule), target(rule), rule.tiers(),
                    rule.amountMinor(), rule.teamId(), rule.goalMinor(), rule.split(), rule.active(), actorId,
                    Instant.ofEpochMilli(now.toEpochMilli()));
            OutboxWriter outbox = new OutboxWriter(ctx);
            if (latest != null && latest.effectiveTo() == null) {
                ctx.update(INCENTIVE_RULE).set(INCENTIVE_RULE.EFFECTIVE_TO, rule.effectiveFrom().toString())
                        .where(INCENTIVE_RULE.RULE_ID.eq(rule.ruleId()))
                        .and(INCENTIVE_RULE.VERSION.eq(latest.version())).execute();
                Map<String, Object> closing = new LinkedHashMap<>();
                closing.put("rule_id", rule.ruleId());
                closing.put("version", latest.version());
                closing.put("effective_to", rule.effectiveFrom().toString());
                outbox.add(ids.next(), "incentive_rule", rule.ruleId() + ":" + latest.version(), "upsert",
                        JsonText.object(closing), now.toEpochMilli());
            }
            ctx.insertInto(INCENTIVE_RULE)
                    .set(INCENTIVE_RULE.RULE_ID, stored.ruleId())
                    .set(INCENTIVE_RULE.VERSION, stored.version())
                    .set(INCENTIVE_RULE.KIND, stored.kind().code())
                    .set(INCENTIVE_RULE.NAME, stored.name())
                    .set(INCENTIVE_RULE.EFFECTIVE_FROM, stored.effectiveFrom().toString())
                    .set(INCENTIVE_RULE.EFFECTIVE_TO, stored.effectiveTo() == null ? null
                            : stored.effectiveTo().toString())
                    .set(INCENTIVE_RULE.WHO_SCOPE, code(stored.who().scope()))
                    .set(INCENTIVE_RULE.WHO_VALUE, stored.who().value())
                    .set(INCENTIVE_RULE.TARGET_SCOPE, code(stored.target().scope()))
                    .set(INCENTIVE_RULE.TARGET_VALUE, stored.target().value())
                    .set(INCENTIVE_RULE.TIERS, tiers(stored.tiers()))
                    .set(INCENTIVE_RULE.AMOUNT_MINOR, stored.amountMinor())
                    .set(INCENTIVE_RULE.TEAM_ID, stored.teamId())
                    .set(INCENTIVE_RULE.GOAL_MINOR, stored.goalMinor())
                    .set(INCENTIVE_RULE.SPLIT, stored.split() == null ? null : code(stored.split()))
                    .set(INCENTIVE_RULE.ACTIVE, stored.active() ? 1 : 0)
                    .set(INCENTIVE_RULE.CREATED_BY, actorId)
                    .set(INCENTIVE_RULE.CREATED_AT, now.toEpochMilli())
                    .execute();
            outbox.add(ids.next(), "incentive_rule", stored.ruleId() + ":" + stored.version(), "insert",
                    JsonText.object(payload(stored)), now.toEpochMilli());
            outbox.flush();
            audit(ctx, now.toEpochMilli(), actorId, "incentive.rule.save", "incentive_rule",
                    stored.ruleId() + ":" + stored.version(), describe(stored));
            return stored;
        }));
    }

    // ---- Settings ----

    @Override
    public IncentiveSettings settings() {
        return db.read(JooqIncentiveRepository::settings);
    }

    private static IncentiveSettings settings(DSLContext ctx) {
        return ctx.selectFrom(INCENTIVE_SETTINGS).fetchOptional()
                .map(r -> new IncentiveSettings(CommissionBase.fromCode(r.getCommissionBase()),
                        PayCycle.fromCode(r.getPayCycle())))
                .orElse(IncentiveSettings.DEFAULT);
    }

    @Override
    public void saveSettings(IncentiveSettings settings, String actorId) {
        long now = clock.millis();
        db.write(ctx -> {
            IncentiveSettings before = settings(ctx);
            ctx.insertInto(INCENTIVE_SETTINGS)
                    .set(INCENTIVE_SETTINGS.SINGLETON, 1)
                    .set(INCENTIVE_SETTINGS.COMMISSION_BASE, settings.base().code())
                    .set(INCENTIVE_SETTINGS.PAY_CYCLE, settings.cycle().code())
                    .set(INCENTIVE_SETTINGS.UPDATED_AT, now)
                    .set(INCENTIVE_SETTINGS.UPDATED_BY, actorId)
                    .onConflict(INCENTIVE_SETTINGS.SINGLETON).doUpdate()
                    .set(INCENTIVE_SETTINGS.COMMISSION_BASE, settings.base().code())
                    .set(INCENTIVE_SETTINGS.PAY_CYCLE, settings.cycle().code())
                    .set(INCENTIVE_SETTINGS.UPDATED_AT, now)
                    .set(INCENTIVE_SETTINGS.UPDATED_BY, actorId)
                    .execute();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("commission_base", settings.base().code());
            fields.put("pay_cycle", settings.cycle().code());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("fields", fields);
            payload.put("at", now);
            payload.put("by", actorId);
            OutboxWriter outbox = new OutboxWriter(ctx);
            outbox.add(ids.next(), "incentive_settings", "1", "upsert", JsonText.object(payload), now);
            outbox.flush();
            audit(ctx, now, actorId, "incentive.settings.change", "incentive_settings", "1",
                    before.base().code() + "/" + before.cycle().code() + " -> " + settings.base().code() + "/"
                            + settings.cycle().code());
            return null;
        });
    }

    @Override
    public void setBroughtBy(Map<String, String> partnerByCustomer, String actorId) {
        if (partnerByCustomer.isEmpty()) {
            return;
        }
        long now = clock.millis();
        db.write(ctx -> {
            OutboxWriter outbox = new OutboxWriter(ctx);
            for (Map.Entry<String, String> e : new TreeMap<>(partnerByCustomer).entrySet()) {
                ctx.update(CUSTOMER).set(CUSTOMER.BROUGHT_BY, e.getValue()).set(CUSTOMER.UPDATED_AT, now)
                        .where(CUSTOMER.ID.eq(e.getKey())).execute();
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("brought_by", e.getValue());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("fields", fields);
                payload.put("at", now);
                payload.put("by", actorId);
                outbox.add(ids.next(), "customer", e.getKey(), "upsert", JsonText.object(payload), now);
            }
            outbox.flush();
            audit(ctx, now, actorId, "customer.brought_by", "customer",
                    partnerByCustomer.size() == 1 ? partnerByCustomer.keySet().iterator().next() : null,
                    partnerByCustomer.size() + " customer(s)");
            return null;
        });
    }

    // ---- Facts ----

    @Override
    public IncentiveFacts facts(PayPeriod period) {
        return db.read(ctx -> {
            List<SoldLine> lines = new ArrayList<>();
            // Refund and void lines whose original sale lies before the period: what was paid on them.
            Map<String, LocalDate> earlierOriginalDays = new HashMap<>();
            ctx.connection(c -> readLines(c, period, lines, earlierOriginalDays, categories(ctx)));
            List<Person> people = ctx.selectFrom(STAFF).orderBy(STAFF.ID).fetch(r -> new Person(r.getId(),
                    r.getName(), Role.fromCode(r.getRole()), StaffKind.fromCode(r.getKind())));
            Map<String, Set<String>> teams = new TreeMap<>();
            ctx.selectFrom(TEAM_MEMBER).forEach(r -> teams.computeIfAbsent(r.getTeamId(), k -> new TreeSet<>())
                    .add(r.getStaffId()));
            Map<String, List<PaidLine>> paid = paidEarlier(ctx, period, lines, earlierOriginalDays);
            return new IncentiveFacts(period, lines, people, teams, paid);
        });
    }

    /** Products are few: their categories come from a map rather than from a join on every line. */
    private static Map<String, String> categories(DSLContext ctx) {
        Map<String, String> categories = new HashMap<>();
        ctx.select(PRODUCT.ID, PRODUCT.CATEGORY_ID).from(PRODUCT).forEach(r -> categories.put(r.value1(), r.value2()));
        return categories;
    }

    private static void readLines(Connection c, PayPeriod period, List<SoldLine> lines,
            Map<String, LocalDate> earlierOriginalDays, Map<String, String> categories) throws SQLException {
        String start = period.start().toString();
        try (PreparedStatement st = c.prepareStatement(FACTS_SQL)) {
            st.setString(1, start);
            st.setString(2, period.end().toString());
            Map<String, LocalDate> days = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                SoldLine sale = null;
                while (rs.next()) {
                    String saleId = rs.getString(1);
                    // A sale's lines come one after another: its own columns are read from the driver once.
                    if (sale == null || !sale.saleId().equals(saleId)) {
                        SaleKind kind = switch (rs.getString(3)) {
                            case "sale" -> SaleKind.SALE;
                            case "refund" -> SaleKind.REFUND;
                            default -> SaleKind.VOID;
                        };
                        sale = new SoldLine(saleId, rs.getString(2), kind, null, rs.getString(5), null,
                                days.computeIfAbsent(rs.getString(7), LocalDate::parse), rs.getString(8),
                                rs.getString(9), rs.getInt(10) == 1, rs.getString(11), null, null, 0, 0, 0, 0, 0,
                                rs.getInt(19) == 1);
                        String originalDay = rs.getString(20);
                        if (originalDay != null && originalDay.compareTo(start) < 0) {
                            earlierOriginalDays.put(sale.originalSaleId(),
                                    days.computeIfAbsent(originalDay, LocalDate::parse));
                        }
                    }
                    String product = rs.getString(12);
                    lines.add(new SoldLine(saleId, sale.saleNumber(), sale.kind(), rs.getString(4),
                            sale.originalSaleId(), rs.getString(6), sale.businessDay(), sale.servedById(),
                            sale.customerId(), sale.firstSaleOfCustomer(), sale.customerBroughtBy(), product,
                            categories.get(product), rs.getInt(14), rs.getLong(15), rs.getLong(16), rs.getLong(17),
                            rs.getLong(18), sale.completesFullRefund()));
                }
            }
        }
    }

    /**
     * What earlier periods paid on the originals of this period's refunds and voids: commissions by the
     * original line's id, bonuses by {@link IncentiveEngine#saleKey}. A closed period answers from its
     * ledger; an open one is computed as it stands (without its own refunds of still earlier periods,
     * which change neither its rates nor its bonuses).
     */
    private Map<String, List<PaidLine>> paidEarlier(DSLContext ctx, PayPeriod period, List<SoldLine> lines,
            Map<String, LocalDate> earlierOriginalDays) {
        Map<String, List<PaidLine>> paid = new HashMap<>();
        if (earlierOriginalDays.isEmpty()) {
            return paid;
        }
        Set<String> originalLines = new java.util.HashSet<>();
        for (SoldLine line : lines) {
            if (line.originalLineId() != null && earlierOriginalDays.containsKey(line.originalSaleId())) {
                originalLines.add(line.originalLineId());
            }
        }
        Set<String> originalSales = earlierOriginalDays.keySet();
        List<ClosedPeriod> closed = ctx.selectFrom(PAYOUT_PERIOD).fetch(r -> new ClosedPeriod(r.getPeriodKey(),
                new PayPeriod(LocalDate.parse(r.getStartDay()), LocalDate.parse(r.getEndDay()))));
        IncentiveSettings settings = settings(ctx);
        Map<PayPeriod, List<String>> openPeriods = new TreeMap<>(java.util.Comparator.comparing(PayPeriod::start));
        Set<String> closedKeys = new TreeSet<>();
        earlierOriginalDays.forEach((saleId, day) -> {
            Optional<ClosedPeriod> in = closed.stream().filter(p -> p.period().contains(day)).findFirst();
            if (in.isPresent()) {
                closedKeys.add(in.get().key());
            } else {
                openPeriods.computeIfAbsent(PayPeriod.of(settings.cycle(), day), k -> new ArrayList<>()).add(saleId);
            }
        });
        for (String key : closedKeys) {
            ctx.selectFrom(INCENTIVE_LEDGER).where(INCENTIVE_LEDGER.PERIOD_KEY.eq(key))
                    .and(INCENTIVE_LEDGER.REASON.in(Reason.COMMISSION.name(), Reason.NEW_CUSTOMER.name(),
                            Reason.REFERRAL.name()))
                    .and(INCENTIVE_LEDGER.SALE_ID.in(originalSales))
                    .forEach(r -> {
                        Reason reason = Reason.valueOf(r.getReason());
                        String paidKey = reason == Reason.COMMISSION ? r.getLineId()
                                : IncentiveEngine.saleKey(r.getSaleId(), RuleKind.fromCode(r.getKind()));
                        if (reason != Reason.COMMISSION || originalLines.contains(paidKey)) {
                            paid.computeIfAbsent(paidKey, k -> new ArrayList<>()).add(new PaidLine(paidKey,
                                    r.getStaffId(), r.getRuleId(), r.getRuleVersion(), r.getRateBp(),
                                    r.getBaseMinor(), r.getAmountMinor()));
                        }
                    });
        }
        if (!openPeriods.isEmpty()) {
            List<IncentiveRule> rules = ctx.selectFrom(INCENTIVE_RULE).fetch(JooqIncentiveRepository::rule);
            for (PayPeriod earlier : openPeriods.keySet()) {
                List<SoldLine> earlierLines = new ArrayList<>();
                ctx.connection(c -> readLines(c, earlier, earlierLines, new HashMap<>(), categories(ctx)));
                List<Person> people = ctx.selectFrom(STAFF).fetch(r -> new Person(r.getId(), r.getName(),
                        Role.fromCode(r.getRole()), StaffKind.fromCode(r.getKind())));
                Map<String, Set<String>> teams = new TreeMap<>();
                ctx.selectFrom(TEAM_MEMBER).forEach(r -> teams.computeIfAbsent(r.getTeamId(),
                        k -> new TreeSet<>()).add(r.getStaffId()));
                PayoutRun run = IncentiveEngine.compute(rules, settings,
                        new IncentiveFacts(earlier, earlierLines, people, teams, Map.of()));
                for (Payout payout : run.payouts()) {
                    for (RuleApplication a : payout.applications()) {
                        String paidKey = switch (a.reason()) {
                            case COMMISSION -> originalLines.contains(a.lineId()) ? a.lineId() : null;
                            case NEW_CUSTOMER, REFERRAL -> originalSales.contains(a.saleId())
                                    ? IncentiveEngine.saleKey(a.saleId(), a.kind()) : null;
                            default -> null;
                        };
                        if (paidKey != null) {
                            paid.computeIfAbsent(paidKey, k -> new ArrayList<>()).add(new PaidLine(paidKey,
                                    a.personId(), a.ruleId(), a.ruleVersion(), a.rateBp(), a.baseMinor(),
                                    a.amountMinor()));
                        }
                    }
                }
            }
        }
        return paid;
    }

    private record ClosedPeriod(String key, PayPeriod period) {
    }

    // ---- Ledger ----

    @Override
    public Optional<PayoutRun> closed(PayPeriod period) {
        return db.read(ctx -> {
            var row = ctx.selectFrom(PAYOUT_PERIOD).where(PAYOUT_PERIOD.PERIOD_KEY.eq(period.key())).fetchOne();
            if (row == null) {
                return Optional.empty();
            }
            IncentiveSettings used = new IncentiveSettings(CommissionBase.fromCode(row.getCommissionBase()),
                    PayCycle.fromCode(row.getPayCycle()));
            Map<String, List<RuleApplication>> applications = new HashMap<>();
            ctx.selectFrom(INCENTIVE_LEDGER).where(INCENTIVE_LEDGER.PERIOD_KEY.eq(period.key()))
                    .orderBy(INCENTIVE_LEDGER.SEQ)
                    .forEach(r -> applications.computeIfAbsent(r.getStaffId(), k -> new ArrayList<>())
                            .add(new RuleApplication(r.getStaffId(), r.getRuleId(), r.getRuleVersion(),
                                    RuleKind.fromCode(r.getKind()), Reason.valueOf(r.getReason()), r.getSaleId(),
                                    r.getSaleNumber(), r.getLineId(), r.getBusinessDay() == null ? null
                                            : LocalDate.parse(r.getBusinessDay()),
                                    r.getBaseMinor(), r.getRateBp(), r.getTierFromMinor(), r.getAmountMinor())));
            List<Payout> payouts = ctx.selectFrom(PAYOUT).where(PAYOUT.PERIOD_KEY.eq(period.key()))
                    .orderBy(PAYOUT.STAFF_ID)
                    .fetch(r -> new Payout(r.getStaffId(), period, r.getSalesBaseMinor(), r.getAmountMinor(),
                            applications.getOrDefault(r.getStaffId(), List.of())));
            return Optional.of(new PayoutRun(period, used, payouts, true));
        });
    }

    @Override
    public Optional<Closing> closing(PayPeriod period) {
        return db.read(ctx -> ctx.select(PAYOUT_PERIOD.CLOSED_AT, PAYOUT_PERIOD.CLOSED_BY).from(PAYOUT_PERIOD)
                .where(PAYOUT_PERIOD.PERIOD_KEY.eq(period.key()))
                .fetchOptional(r -> new Closing(Instant.ofEpochMilli(r.value1()), r.value2())));
    }

    @Override
    public void close(PayoutRun run, String actorId) {
        PayPeriod period = run.period();
        long now = clock.millis();
        refusalsAsThey(() -> db.write(ctx -> {
            LocalDate today = calendar(ctx).businessDay(clock.instant());
            if (today.isBefore(period.end())) {
                throw new IncentiveException(Problem.PERIOD_NOT_ENDED, "The pay period " + period.start() + " to "
                        + period.end().minusDays(1) + " is not over yet: it can be closed from " + period.end()
                        + ".", period.key(), period.end());
            }
            if (ctx.fetchExists(PAYOUT_PERIOD, PAYOUT_PERIOD.PERIOD_KEY.eq(period.key()))) {
                throw new IncentiveException(Problem.PERIOD_ALREADY_CLOSED, "The pay period " + period.start()
                        + " to " + period.end().minusDays(1) + " is closed already.", period.key());
            }
            String overlapping = ctx.select(PAYOUT_PERIOD.PERIOD_KEY).from(PAYOUT_PERIOD)
                    .where(PAYOUT_PERIOD.START_DAY.lt(period.end().toString()))
                    .and(PAYOUT_PERIOD.END_DAY.gt(period.start().toString()))
                    .limit(1).fetchOne(PAYOUT_PERIOD.PERIOD_KEY);
            if (overlapping != null) {
                throw new IncentiveException(Problem.PERIOD_OVERLAPS_CLOSED, "The pay period " + period.key()
                        + " overlaps the closed period " + overlapping + ".", period.key(), overlapping);
            }
            IncentiveSettings used = run.settings() == null ? settings(ctx) : run.settings();
            ctx.insertInto(PAYOUT_PERIOD)
                    .set(PAYOUT_PERIOD.PERIOD_KEY, period.key())
                    .set(PAYOUT_PERIOD.START_DAY, period.start().toString())
                    .set(PAYOUT_PERIOD.END_DAY, period.end().toString())
                    .set(PAYOUT_PERIOD.COMMISSION_BASE, used.base().code())
                    .set(PAYOUT_PERIOD.PAY_CYCLE, used.cycle().code())
                    .set(PAYOUT_PERIOD.CLOSED_AT, now)
                    .set(PAYOUT_PERIOD.CLOSED_BY, actorId)
                    .execute();
            var payoutRows = RenderedStatement.insertInto(PAYOUT, PAYOUT.PERIOD_KEY, PAYOUT.STAFF_ID,
                    PAYOUT.SALES_BASE_MINOR, PAYOUT.AMOUNT_MINOR).batch(ctx);
            var ledgerRows = LEDGER_ROW.batch(ctx);
            int seq = 0;
            for (Payout p : run.payouts()) {
                payoutRows.bind(period.key(), p.personId(), p.salesBaseMinor(), p.amountMinor());
                for (RuleApplication a : p.applications()) {
                    ledgerRows.bind(ids.next(), period.key(), ++seq, a.personId(), a.ruleId(), a.ruleVersion(),
                            a.kind().code(), a.reason().name(), a.saleId(), a.saleNumber(), a.lineId(),
                            a.businessDay() == null ? null : a.businessDay().toString(), a.baseMinor(), a.rateBp(),
                            a.tierFromMinor(), a.amountMinor());
                }
            }
            payoutRows.execute();
            ledgerRows.execute();
            // Checked by the database on what was written, not on the run in memory.
            String mismatch = ctx.fetchOptional("""
                    SELECT staff_id FROM (
                      SELECT staff_id, 1 AS payouts, amount_minor AS paid, 0 AS booked FROM payout WHERE period_key = ?
                      UNION ALL
                      SELECT staff_id, 0, 0, amount_minor FROM incentive_ledger WHERE period_key = ?)
                    GROUP BY staff_id HAVING sum(paid) <> sum(booked) OR sum(payouts) <> 1
                    LIMIT 1""", period.key(), period.key()).map(r -> r.get(0, String.class)).orElse(null);
            if (mismatch != null) {
                throw new IncentiveException(Problem.LEDGER_MISMATCH, "The payout of " + mismatch + " for "
                        + period.key() + " does not equal the sum of their ledger lines: nothing was closed.",
                        mismatch);
            }
            OutboxWriter outbox = new OutboxWriter(ctx);
            // The period, its payouts and its ledger never change: head office reads them from the rows.
            outbox.add(ids.next(), "payout_period", period.key(), "insert", null, now);
            outbox.flush();
            audit(ctx, now, actorId, "incentive.period.close", "payout_period", period.key(),
                    run.payouts().size() + " payouts, total " + run.totalMinor() + ", " + seq + " ledger lines");
            return null;
        }));
    }

    /** The store wraps what a write throws; a refusal reaches the caller as itself, with its problem. */
    private static <T> T refusalsAsThey(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IncentiveException refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }

    // ---- Mapping ----

    private static BusinessCalendar calendar(DSLContext ctx) {
        return ctx.select(SHOP.ZONE, SHOP.CUTOFF_HOUR).from(SHOP).fetchOptional()
                .map(r -> new BusinessCalendar(ZoneId.of(r.value1()), r.value2()))
                .orElse(new BusinessCalendar(ZoneId.systemDefault(), 4));
    }

    private static IncentiveRule rule(IncentiveRuleRecord r) {
        Who who = r.getWhoValue() == null ? Who.EVERYONE
                : new Who(Who.Scope.valueOf(r.getWhoScope().toUpperCase(Locale.ROOT)), r.getWhoValue());
        Target target = r.getTargetValue() == null ? Target.ALL
                : new Target(Target.Scope.valueOf(r.getTargetScope().toUpperCase(Locale.ROOT)), r.getTargetValue());
        return new IncentiveRule(r.getRuleId(), r.getVersion(), RuleKind.fromCode(r.getKind()), r.getName(),
                LocalDate.parse(r.getEffectiveFrom()),
                r.getEffectiveTo() == null ? null : LocalDate.parse(r.getEffectiveTo()), who, target,
                tiers(r.getTiers()), r.getAmountMinor(), r.getTeamId(), r.getGoalMinor(),
                r.getSplit() == null ? null : GoalSplit.valueOf(r.getSplit().toUpperCase(Locale.ROOT)),
                r.getActive() == 1, r.getCreatedBy(), Instant.ofEpochMilli(r.getCreatedAt()));
    }

    private static Who who(IncentiveRule rule) {
        return rule.who() == null ? Who.EVERYONE : rule.who();
    }

    private static Target target(IncentiveRule rule) {
        return rule.target() == null ? Target.ALL : rule.target();
    }

    /** "fromMinor:rateBp" steps separated by ';', lowest first. */
    static String tiers(List<Tier> tiers) {
        StringBuilder out = new StringBuilder();
        tiers.stream().sorted(java.util.Comparator.comparingLong(Tier::fromMinor)).forEach(t -> {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(t.fromMinor()).append(':').append(t.rateBp());
        });
        return out.toString();
    }

    static List<Tier> tiers(String text) {
        List<Tier> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String step : text.split(";")) {
            int colon = step.indexOf(':');
            out.add(new Tier(Long.parseLong(step.substring(0, colon).trim()),
                    Integer.parseInt(step.substring(colon + 1).trim())));
        }
        return out;
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> payload(IncentiveRule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule_id", r.ruleId());
        out.put("version", r.version());
        out.put("kind", r.kind().code());
        out.put("name", r.name());
        out.put("effective_from", r.effectiveFrom().toString());
        out.put("effective_to", r.effectiveTo() == null ? null : r.effectiveTo().toString());
        out.put("who_scope", code(r.who().scope()));
        out.put("who_value", r.who().value());
        out.put("target_scope", code(r.target().scope()));
        out.put("target_value", r.target().value());
        out.put("tiers", tiers(r.tiers()));
        out.put("amount_minor", r.amountMinor());
        out.put("team_id", r.teamId());
        out.put("goal_minor", r.goalMinor());
        out.put("split", r.split() == null ? null : code(r.split()));
        out.put("active", r.active());
        out.put("created_by", r.createdBy());
        out.put("created_at", r.createdAt().toEpochMilli());
        return out;
    }

    private static String describe(IncentiveRule r) {
        return r.kind().code() + " \"" + r.name() + "\" v" + r.version() + " from " + r.effectiveFrom()
                + (r.effectiveTo() == null ? "" : " to " + r.effectiveTo()) + ", who " + code(r.who().scope())
                + (r.who().value() == null ? "" : " " + r.who().value()) + ", on " + code(r.target().scope())
                + (r.target().value() == null ? "" : " " + r.target().value())
                + (r.tiers().isEmpty() ? "" : ", tiers " + tiers(r.tiers()))
                + (r.amountMinor() == 0 ? "" : ", amount " + r.amountMinor())
                + (r.teamId() == null ? "" : ", team " + r.teamId() + " goal " + r.goalMinor())
                + (r.active() ? "" : ", inactive");
    }

    private void audit(DSLContext ctx, long at, String staffId, String action, String entity, String entityId,
            String detail) {
        ctx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, ids.next())
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.STAFF_ID, staffId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }
}
