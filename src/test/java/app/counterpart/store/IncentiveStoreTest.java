package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.incentives.IncentiveEngine;
import app.counterpart.core.incentives.IncentiveException;
import app.counterpart.core.incentives.IncentiveFacts;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.IncentiveSettings;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.Payout;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.core.incentives.Reason;
import app.counterpart.core.incentives.RuleApplication;
import app.counterpart.core.incentives.RuleKind;
import app.counterpart.core.incentives.SoldLine;
import app.counterpart.core.incentives.Target;
import app.counterpart.core.incentives.Tier;
import app.counterpart.core.incentives.Who;
import app.counterpart.core.incentives.CommissionBase;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.TestSales;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incentive rules, period facts and the payout ledger on a real SQLite store with 45 days of demo history, installed once. */
class IncentiveStoreTest {

    private static final PayPeriod NOVEMBER = new PayPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
    private static final PayPeriod DECEMBER = new PayPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));

    /** The demo, installed once; every test works on its own copy of the file. */
    @TempDir
    static Path installed;
    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    Staff owner;

    @BeforeAll
    static void install() {
        try (DemoFixture demo = new DemoFixture(installed, Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"),
                ZoneOffset.UTC))) {
            demo.installDemo(LocalDate.of(2026, 11, 30), 45);
        }
    }

    @BeforeEach
    void open() throws IOException {
        Files.copy(installed.resolve(Database.FILE_NAME), dir.resolve(Database.FILE_NAME));
        // 10:00 in Shanghai on 15 December: November is over, December is not.
        clock = new MutableClock(Instant.parse("2026-12-15T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDemoInstallsItsRulesAndTheCustomersItsPartnersBrought() {
        assertThat(store.incentives.rules()).extracting(IncentiveRule::kind).contains(RuleKind.PERCENT_COMMISSION,
                RuleKind.TIERED_COMMISSION, RuleKind.NEW_CUSTOMER_BONUS, RuleKind.REFERRAL_BONUS, RuleKind.TEAM_GOAL);
        assertThat(store.incentives.rules()).allSatisfy(r -> {
            assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2026, 10, 17));
            assertThat(r.version()).isEqualTo(1);
        });
        int brought = store.db.read(ctx -> ctx.fetchCount(ctx.selectFrom("customer").where("brought_by is not null")));
        assertThat(brought).isBetween(10, 120);
        PayoutRun run = compute(NOVEMBER);
        assertThat(run.payouts()).isNotEmpty();
        assertThat(run.payouts().stream().flatMap(p -> p.applications().stream()).map(RuleApplication::reason)
                .collect(Collectors.toSet())).contains(Reason.COMMISSION, Reason.NEW_CUSTOMER);
    }

    @Test
    void ruleVersionsRoundTripAndCloseEachOther() {
        IncentiveRule first = store.incentives.saveVersion(rule("coffee", LocalDate.of(2026, 12, 1), 500),
                owner.id());
        clock.advance(java.time.Duration.ofMinutes(1));
        IncentiveRule second = store.incentives.saveVersion(rule("coffee", LocalDate.of(2027, 1, 1), 700),
                owner.id());

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        List<IncentiveRule> stored = store.incentives.rules().stream().filter(r -> r.ruleId().equals("coffee"))
                .toList();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0)).isEqualTo(new IncentiveRule("coffee", 1, RuleKind.TIERED_COMMISSION,
                "Coffee tiers", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1), new Who(Who.Scope.ROLE, "cashier"),
                new Target(Target.Scope.CATEGORY, "cat-x"), List.of(new Tier(0, 500), new Tier(3_000_000, 900)), 0,
                null, 0, null, true, owner.id(), first.createdAt()));
        assertThat(stored.get(1).effectiveTo()).isNull();
        assertThat(stored.get(1).tiers()).containsExactly(new Tier(0, 700), new Tier(3_000_000, 900));
        assertThat(store.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("incentive.rule.save")
                .and(AUDIT_LOG.STAFF_ID.eq(owner.id())).and(AUDIT_LOG.ENTITY_ID.like("coffee:%"))))).isEqualTo(2);
        // v1 went out as an insert, then as an upsert of its end date; v2 as an insert
        assertThat(store.db.<List<String>>read(ctx -> ctx.select(OUTBOX.ENTITY_ID, OUTBOX.OP).from(OUTBOX)
                .where(OUTBOX.ENTITY.eq("incentive_rule").and(OUTBOX.ENTITY_ID.like("coffee:%")))
                .orderBy(OUTBOX.SEQ).fetch(r -> r.value1() + " " + r.value2())))
                .containsExactly("coffee:1 insert", "coffee:1 upsert", "coffee:2 insert");

        assertThatThrownBy(() -> store.incentives.saveVersion(rule("coffee", LocalDate.of(2026, 12, 20), 800),
                owner.id())).isInstanceOfSatisfying(IncentiveException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IncentiveException.Problem.STARTS_BEFORE_OPEN_VERSION);
                    assertThat(e.getMessage()).contains("2027-01-01");
                });
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.execute(
                "update incentive_rule set name = 'x' where rule_id = 'coffee' and version = 2")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.execute(
                "update incentive_rule set effective_to = '2027-03-01' where rule_id = 'coffee' and version = 1")))
                .hasMessageContaining("only the open version");
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.execute("delete from incentive_rule where rule_id = 'coffee'")))
                .hasMessageContaining("append-only");
    }

    @Test
    void settingsRoundTripWithAnAuditRow() {
        assertThat(store.incentives.settings()).isEqualTo(IncentiveSettings.DEFAULT);
        IncentiveSettings weekly = new IncentiveSettings(CommissionBase.NET_OF_TAX, PayCycle.WEEKLY);
        store.incentives.saveSettings(weekly, owner.id());
        assertThat(store.incentives.settings()).isEqualTo(weekly);
        assertThat(store.db.<String>read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("incentive.settings.change")).fetchSingle().value1()))
                .isEqualTo("net_of_tax_and_discounts/monthly -> net_of_tax/weekly");
    }

    @Test
    void factsEqualAStraightforwardRecomputationFromTheRawRows() {
        IncentiveFacts facts = store.incentives.facts(NOVEMBER);
        List<SoldLine> expected = rawFacts(NOVEMBER);

        assertThat(expected).extracting(SoldLine::kind).contains(SaleKind.SALE, SaleKind.REFUND, SaleKind.VOID);
        assertThat(expected).anyMatch(SoldLine::firstSaleOfCustomer);
        assertThat(expected).anyMatch(l -> l.customerBroughtBy() != null);
        Comparator<SoldLine> byLine = Comparator.comparing(SoldLine::lineId);
        assertThat(facts.lines().stream().sorted(byLine).toList()).isEqualTo(expected.stream().sorted(byLine).toList());
        assertThat(facts.people()).extracting(p -> p.id()).containsExactlyInAnyOrderElementsOf(
                store.staff.staff().stream().map(Staff::id).toList());
        assertThat(facts.teamMembers()).hasSize(2);
        assertThat(facts.period()).isEqualTo(NOVEMBER);
    }

    @Test
    void closingWritesALedgerThatAddsUpToThePayoutsAndToTheEngine() {
        PayoutRun run = compute(NOVEMBER);
        store.incentives.close(run, owner.id());

        PayoutRun closed = store.incentives.closed(NOVEMBER).orElseThrow();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.settings()).isEqualTo(run.settings());
        assertThat(closed.payouts()).isEqualTo(run.payouts().stream().sorted(Comparator.comparing(Payout::personId))
                .toList());
        assertThat(closed.totalMinor()).isEqualTo(run.totalMinor()).isPositive();
        Map<String, Long> ledger = store.db.read(ctx -> ctx.fetch("select staff_id, sum(amount_minor) from"
                + " incentive_ledger where period_key = ? group by staff_id", NOVEMBER.key())
                .intoMap(r -> r.get(0, String.class), r -> r.get(1, Long.class)));
        Map<String, Long> payouts = store.db.read(ctx -> ctx.fetch("select staff_id, amount_minor from payout"
                + " where period_key = ?", NOVEMBER.key()).intoMap(r -> r.get(0, String.class), r -> r.get(1, Long.class)));
        assertThat(ledger).isEqualTo(payouts);
        assertThat(payouts).isEqualTo(run.payouts().stream().collect(Collectors.toMap(Payout::personId,
                Payout::amountMinor)));
        assertThat(store.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("incentive.period.close")
                .and(AUDIT_LOG.ENTITY_ID.eq(NOVEMBER.key()))))).isEqualTo(1);
        assertThat(store.db.<Integer>read(ctx -> ctx.fetchCount(OUTBOX, OUTBOX.ENTITY.eq("payout_period")))).isEqualTo(1);
        assertThat(store.incentives.closed(DECEMBER)).isEmpty();
    }

    @Test
    void aClosedPeriodCannotBeClosedAgainNorChanged() {
        store.incentives.close(compute(NOVEMBER), owner.id());

        assertThatThrownBy(() -> store.incentives.close(compute(NOVEMBER), owner.id()))
                .isInstanceOfSatisfying(IncentiveException.class,
                        e -> assertThat(e.problem()).isEqualTo(IncentiveException.Problem.PERIOD_ALREADY_CLOSED));
        assertThatThrownBy(() -> store.incentives.close(compute(DECEMBER), owner.id()))
                .isInstanceOfSatisfying(IncentiveException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IncentiveException.Problem.PERIOD_NOT_ENDED);
                    assertThat(e.getMessage()).contains("2027-01-01");
                });
        IncentiveRule cashierRule = store.incentives.rules().stream().filter(r -> r.kind() == RuleKind.PERCENT_COMMISSION
                && r.target().equals(Target.ALL)).findFirst().orElseThrow();
        assertThatThrownBy(() -> store.incentives.saveVersion(withStart(cashierRule, LocalDate.of(2026, 11, 20), 900),
                owner.id())).isInstanceOfSatisfying(IncentiveException.class, e -> {
                    assertThat(e.problem()).isEqualTo(IncentiveException.Problem.STARTS_IN_CLOSED_PERIOD);
                    assertThat(e.getMessage()).contains("2026-12-01");
                });
        for (String sql : List.of("update payout set amount_minor = amount_minor + 1",
                "delete from payout", "update incentive_ledger set amount_minor = 0", "delete from incentive_ledger",
                "update payout_period set closed_by = null", "delete from payout_period")) {
            assertThatThrownBy(() -> store.db.write(ctx -> ctx.execute(sql))).as(sql)
                    .isInstanceOf(StoreException.class);
        }
        assertThat(store.incentives.closed(NOVEMBER).orElseThrow().totalMinor()).isEqualTo(compute(NOVEMBER)
                .totalMinor());
    }

    @Test
    void aDecemberRefundOfANovemberSaleIsReversedAtNovembersLedgerRate() {
        TestSales tills = new TestSales(store);
        Staff cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        Product product = store.catalog.products().stream().filter(p -> p.priceMinor() > 1000).findFirst()
                .orElseThrow();
        // served on 30 November, 20:00 Shanghai
        Sale sale = tills.sale(Map.of(product, 3), Instant.parse("2026-11-30T12:00:00Z"), cashier.id(), null);
        store.sales.commit(List.of(sale));
        PayoutRun november = compute(NOVEMBER);
        store.incentives.close(november, owner.id());
        RuleApplication paid = november.payouts().stream().flatMap(p -> p.applications().stream())
                .filter(a -> sale.lines().get(0).id().equals(a.lineId())).findFirst().orElseThrow();
        // From December on the same rule pays more; the refund must still give back what November paid.
        IncentiveRule rule = store.incentives.rules().stream().filter(r -> r.ruleId().equals(paid.ruleId()))
                .findFirst().orElseThrow();
        store.incentives.saveVersion(withStart(rule, LocalDate.of(2026, 12, 1), paid.rateBp() + 700), owner.id());

        Sale refund = tills.refund(sale, sale.lines(), Instant.parse("2026-12-10T03:00:00Z"));
        store.sales.commit(List.of(refund));
        IncentiveFacts december = store.incentives.facts(DECEMBER);
        assertThat(december.paidEarlier()).containsKey(sale.lines().get(0).id());
        RuleApplication reversed = compute(DECEMBER).payouts().stream().flatMap(p -> p.applications().stream())
                .filter(a -> refund.lines().get(0).id().equals(a.lineId())).findFirst().orElseThrow();

        assertThat(reversed.reason()).isEqualTo(Reason.COMMISSION_REVERSED);
        assertThat(reversed.personId()).isEqualTo(cashier.id());
        assertThat(reversed.rateBp()).isEqualTo(paid.rateBp());
        assertThat(reversed.ruleVersion()).isEqualTo(paid.ruleVersion());
        assertThat(reversed.amountMinor()).isEqualTo(-paid.amountMinor());
    }

    @Test
    void aRefundOfASaleFromAnOpenEarlierPeriodIsReversedAtTheRateThatPeriodWouldPay() {
        TestSales tills = new TestSales(store);
        Staff cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        Product product = store.catalog.products().get(0);
        Sale sale = tills.sale(Map.of(product, 2), Instant.parse("2026-11-30T12:00:00Z"), cashier.id(), null);
        store.sales.commit(List.of(sale));
        RuleApplication paid = compute(NOVEMBER).payouts().stream().flatMap(p -> p.applications().stream())
                .filter(a -> sale.lines().get(0).id().equals(a.lineId())).findFirst().orElseThrow();
        Sale refund = tills.refund(sale, sale.lines(), Instant.parse("2026-12-10T03:00:00Z"));
        store.sales.commit(List.of(refund));

        RuleApplication reversed = compute(DECEMBER).payouts().stream().flatMap(p -> p.applications().stream())
                .filter(a -> refund.lines().get(0).id().equals(a.lineId())).findFirst().orElseThrow();
        assertThat(reversed.rateBp()).isEqualTo(paid.rateBp());
        assertThat(reversed.amountMinor()).isEqualTo(-paid.amountMinor());
    }

    @Test
    void aMergeKeepsTheSurvivorsPartnerOrTakesTheMergedOnes() {
        List<String> partners = store.staff.staff().stream().filter(s -> s.role() == Role.PARTNER).map(Staff::id)
                .toList();
        var customers = store.customers.customers();
        String keep = customers.get(0).id();
        String merged = customers.get(1).id();
        store.incentives.setBroughtBy(Map.of(keep, partners.get(0), merged, partners.get(1)), owner.id());
        store.db.write(ctx -> ctx.execute("update customer set brought_by = null where id = ?", keep));
        var result = store.customers.byId(keep).orElseThrow();
        new app.counterpart.store.customers.JooqCustomerMerge(store.db, clock).merge(result, merged, owner.id(), null);
        assertThat(store.db.<String>read(ctx -> ctx.fetchValue("select brought_by from customer where id = ?", keep).toString()))
                .isEqualTo(partners.get(1));
    }

    // ---- helpers ----

    private PayoutRun compute(PayPeriod period) {
        return IncentiveEngine.compute(store.incentives.rules(), store.incentives.settings(),
                store.incentives.facts(period));
    }

    private IncentiveRule rule(String id, LocalDate from, int rateBp) {
        return new IncentiveRule(id, 0, RuleKind.TIERED_COMMISSION, "Coffee tiers", from, null,
                new Who(Who.Scope.ROLE, "cashier"), new Target(Target.Scope.CATEGORY, "cat-x"),
                List.of(new Tier(3_000_000, 900), new Tier(0, rateBp)), 0, null, 0, null, true, null, null);
    }

    private static IncentiveRule withStart(IncentiveRule r, LocalDate from, int rateBp) {
        return new IncentiveRule(r.ruleId(), r.version(), r.kind(), r.name(), from, null, r.who(), r.target(),
                List.of(new Tier(0, rateBp)), r.amountMinor(), r.teamId(), r.goalMinor(), r.split(), r.active(),
                null, null);
    }

    /** The period's lines computed the long way: every row read plainly, the rest worked out in Java. */
    private List<SoldLine> rawFacts(PayPeriod period) {
        record RawSale(String id, String number, String kind, String original, LocalDate day, String servedBy,
                String customer, long createdAt) {
        }
        Map<String, RawSale> sales = new HashMap<>();
        store.db.read(ctx -> ctx.fetch("select id, number, kind, original_sale_id, business_day, served_by_id,"
                + " customer_id, created_at from sale")).forEach(r -> sales.put(r.get(0, String.class),
                new RawSale(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), LocalDate.parse(r.get(4, String.class)), r.get(5, String.class),
                        r.get(6, String.class), r.get(7, Long.class))));
        List<Record> lines = store.db.read(ctx -> ctx.fetch("select id, sale_id, product_id, original_line_id,"
                + " quantity, unit_price_minor, discount_minor, tax_minor, total_minor from sale_line"));
        Map<String, String> category = store.db.read(ctx -> ctx.fetch("select id, category_id from product")
                .intoMap(r -> r.get(0, String.class), r -> r.get(1, String.class)));
        Map<String, String> broughtBy = new HashMap<>();
        store.db.read(ctx -> ctx.fetch("select id, brought_by from customer"))
                .forEach(r -> broughtBy.put(r.get(0, String.class), r.get(1, String.class)));

        Set<String> voided = sales.values().stream().filter(s -> s.kind().equals("void")).map(RawSale::original)
                .collect(Collectors.toSet());
        Comparator<RawSale> order = Comparator.comparingLong(RawSale::createdAt).thenComparing(RawSale::id);
        Map<String, RawSale> firstOfCustomer = new HashMap<>();
        for (RawSale s : sales.values()) {
            if (s.kind().equals("sale") && s.customer() != null && !voided.contains(s.id())) {
                firstOfCustomer.merge(s.customer(), s, (a, b) -> order.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<String, Integer> quantityOfSale = new HashMap<>();
        for (Record l : lines) {
            quantityOfSale.merge(l.get(1, String.class), l.get(4, Integer.class), Integer::sum);
        }
        List<SoldLine> out = new ArrayList<>();
        for (Record l : lines) {
            RawSale s = sales.get(l.get(1, String.class));
            if (!period.contains(s.day())) {
                continue;
            }
            boolean first = s.kind().equals("sale") && s.customer() != null
                    && firstOfCustomer.get(s.customer()) == s;
            boolean fullRefund = false;
            if (s.kind().equals("refund")) {
                int standing = quantityOfSale.get(s.original());
                for (RawSale r : sales.values()) {
                    if (r.kind().equals("refund") && s.original().equals(r.original()) && order.compare(r, s) <= 0) {
                        standing += quantityOfSale.get(r.id());
                    }
                }
                fullRefund = standing == 0;
            }
            String productId = l.get(2, String.class);
            out.add(new SoldLine(s.id(), s.number(), SaleKind.fromCode(s.kind()), l.get(0, String.class),
                    s.original(), l.get(3, String.class), s.day(), s.servedBy(), s.customer(), first,
                    s.customer() == null ? null : broughtBy.get(s.customer()), productId, category.get(productId),
                    l.get(4, Integer.class), l.get(5, Long.class), l.get(6, Long.class), l.get(7, Long.class),
                    l.get(8, Long.class), fullRefund));
        }
        return out;
    }
}
