package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CUSTOMER_SEGMENT;
import static app.counterpart.store.jooq.Tables.CUSTOMER_STATS;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.segments.CustomerSegment;
import app.counterpart.core.customers.segments.CustomerStanding;
import app.counterpart.core.customers.segments.SegmentRecompute;
import app.counterpart.core.customers.segments.Segmentation;
import app.counterpart.core.customers.segments.SegmentsRecomputed;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.customers.JooqLifecycleRulesRepository;
import app.counterpart.store.customers.JooqSegmentRepository;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle rules and customer segments on a real demo store with 60 days of sales. */
class SegmentStoreTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    JooqLifecycleRulesRepository rules;
    JooqSegmentRepository segments;
    BusinessCalendar calendar;
    SegmentRecompute recompute;
    List<SegmentsRecomputed> announced = new ArrayList<>();
    String owner;

    @BeforeEach
    void openDemoStore() {
        clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(UNTIL, 60);
        rules = new JooqLifecycleRulesRepository(store.db, clock);
        segments = new JooqSegmentRepository(store.db);
        calendar = store.shops.shop().orElseThrow().calendar();
        EventBus events = new EventBus(e -> {
            throw e;
        });
        events.subscribe(SegmentsRecomputed.class, announced::add);
        recompute = new SegmentRecompute(segments, rules, calendar, clock, events);
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).map(Staff::id).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void rulesStartAsTheDefaultsAndASaveIsReadBackWithAnAuditAndAnOutboxRow() {
        assertThat(rules.current()).isEqualTo(LifecycleRules.DEFAULT);
        LifecycleRules stricter = new LifecycleRules(14, 1, 21, 60, 120);

        rules.save(stricter, owner);

        assertThat(rules.current()).isEqualTo(stricter);
        var audit = store.db.read(ctx -> ctx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("lifecycle_rules.change"))
                .fetchSingle());
        assertThat(audit.getStaffId()).isEqualTo(owner);
        assertThat(audit.getDetail()).isEqualTo("new 30 days/2 visits, active 45, at risk 90, dormant 180 days"
                + " -> new 14 days/1 visits, active 21, at risk 60, dormant 120 days");
        var outbox = store.db.read(ctx -> ctx.selectFrom(OUTBOX).where(OUTBOX.ENTITY.eq("lifecycle_rules"))
                .fetchSingle());
        assertThat(outbox.getOp()).isEqualTo("upsert");
        assertThat(outbox.getPayload()).startsWith("{\"fields\":{\"new_days\":14,\"new_max_visits\":1,"
                + "\"active_days\":21,\"at_risk_days\":60,\"dormant_days\":120},");
        // The same store opened again (as after a restart) reads the owner's rules.
        assertThat(new JooqLifecycleRulesRepository(store.db, clock).current()).isEqualTo(stricter);
    }

    @Test
    void theStoreRefusesThresholdsOutOfOrderEvenIfTheCodeAboveItDidNot() {
        assertThatThrownBy(() -> store.db.write(ctx -> ctx.update(app.counterpart.store.jooq.Tables.LIFECYCLE_RULES)
                .set(app.counterpart.store.jooq.Tables.LIFECYCLE_RULES.AT_RISK_DAYS, 10).execute()))
                .hasMessageContaining("CHECK");
        assertThat(rules.current()).isEqualTo(LifecycleRules.DEFAULT);
    }

    @Test
    void recomputationStoresEveryCustomersSegmentAsThePureComputationGivesIt() {
        SegmentRecompute.Outcome outcome = recompute.recompute();

        int customers = store.customers.count();
        assertThat(outcome.customers()).isEqualTo(customers);
        assertThat(outcome.rowsWritten()).isEqualTo(customers);
        assertThat(outcome.day()).isEqualTo(UNTIL);
        Map<String, CustomerSegment> stored = segments.segments();
        Map<String, CustomerSegment> expected = Segmentation.compute(segments.figures(calendar),
                LifecycleRules.DEFAULT, UNTIL).stream()
                .collect(Collectors.toMap(CustomerSegment::customerId, Function.identity()));
        assertThat(stored).isEqualTo(expected);
        int buyers = store.db.read(ctx -> ctx.fetchCount(CUSTOMER_STATS, CUSTOMER_STATS.VISITS.gt(0)));
        assertThat(stored.values().stream().filter(CustomerSegment::scored).count()).isEqualTo(buyers);
        assertThat(buyers).isBetween(50, customers - 1);
        assertThat(announced).extracting(SegmentsRecomputed::outcome).containsExactly(outcome);
        // Every stage and most segments occur in a believable shop.
        assertThat(stored.values().stream().map(CustomerSegment::stage).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(stored.values().stream().map(CustomerSegment::segment).distinct().count()).isGreaterThan(6);
    }

    @Test
    void aSecondRunWritesNothingAndANewBusinessDayOnlyWhatChanged() {
        recompute.recompute();
        long firstAt = clock.millis();
        assertThat(recompute.recompute().rowsWritten()).isZero();
        assertThat(recompute.recomputeIfDayChanged()).isEmpty();

        clock.advance(Duration.ofDays(40));
        SegmentRecompute.Outcome later = recompute.recomputeIfDayChanged().orElseThrow();

        assertThat(later.day()).isEqualTo(UNTIL.plusDays(40));
        assertThat(later.rowsWritten()).isBetween(1, later.customers() - 1);
        int rewritten = store.db.read(ctx -> ctx.fetchCount(CUSTOMER_SEGMENT,
                CUSTOMER_SEGMENT.COMPUTED_AT.gt(firstAt)));
        assertThat(rewritten).isEqualTo(later.rowsWritten());
        // Forty days without a sale: nobody is new any more.
        assertThat(segments.segments().values()).noneMatch(s -> s.stage() == LifecycleStage.NEW);
    }

    @Test
    void aRowRemovedBehindTheRecomputationsBackIsWrittenAgain() {
        recompute.recompute();
        String someone = segments.segments().keySet().iterator().next();
        store.db.write(ctx -> ctx.deleteFrom(CUSTOMER_SEGMENT).where(CUSTOMER_SEGMENT.CUSTOMER_ID.eq(someone))
                .execute());

        assertThat(recompute.recompute().rowsWritten()).isEqualTo(1);

        assertThat(segments.segments()).containsKey(someone).hasSize(store.customers.count());
    }

    @Test
    void stricterRulesPutMoreCustomersAtRisk() {
        recompute.recompute();
        long before = count(LifecycleStage.ACTIVE);

        rules.save(new LifecycleRules(7, 1, 10, 20, 40), owner);
        recompute.recompute();

        assertThat(count(LifecycleStage.ACTIVE)).isLessThan(before);
        assertThat(count(LifecycleStage.AT_RISK) + count(LifecycleStage.DORMANT)).isPositive();
    }

    @Test
    void standingsCarryStageSegmentSpendingAndLastVisitForTheList() {
        recompute.recompute();
        Map<String, CustomerStanding> standings = segments.standings();
        assertThat(standings).hasSize(store.customers.count());
        Map<String, CustomerSegment> stored = segments.segments();
        var stats = store.db.read(ctx -> ctx.selectFrom(CUSTOMER_STATS).fetch());
        for (var row : stats) {
            CustomerStanding s = standings.get(row.getCustomerId());
            assertThat(s.revenueMinor()).isEqualTo(row.getRevenueMinor());
            assertThat(s.lastSale()).isEqualTo(row.getLastSaleAt() == null ? null
                    : Instant.ofEpochMilli(row.getLastSaleAt()));
            assertThat(s.stage()).isEqualTo(stored.get(row.getCustomerId()).stage());
            assertThat(s.segment()).isEqualTo(stored.get(row.getCustomerId()).segment());
        }
    }

    private long count(LifecycleStage stage) {
        return segments.segments().values().stream().filter(s -> s.stage() == stage).count();
    }
}
