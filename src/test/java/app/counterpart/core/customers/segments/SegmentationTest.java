package app.counterpart.core.customers.segments;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Provide
    Arbitrary<List<CustomerFigures>> customers() {
        Arbitrary<CustomerFigures> buyer = Combinators.combine(Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(1, 60), Arbitraries.longs().between(-5_000, 900_000),
                Arbitraries.integers().between(0, 400)).as((daysAgo, visits, revenue, span) -> {
                    LocalDate last = TODAY.minusDays(daysAgo);
                    return new CustomerFigures(null, last.minusDays(span + 10), last.minusDays(span), last, visits,
                            revenue);
                });
        Arbitrary<CustomerFigures> signUp = Arbitraries.integers().between(0, 900)
                .map(d -> new CustomerFigures(null, TODAY.minusDays(d), null, null, 0, 0));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, buyer), net.jqwik.api.Tuple.of(1, signUp))
                .list().ofMinSize(1).ofMaxSize(300).map(SegmentationTest::numbered);
    }

    private static List<CustomerFigures> numbered(List<CustomerFigures> list) {
        List<CustomerFigures> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CustomerFigures c = list.get(i);
            out.add(new CustomerFigures("c" + i, c.joined(), c.firstVisit(), c.lastVisit(), c.visits(),
                    c.revenueMinor()));
        }
        return out;
    }

    private static Map<String, CustomerSegment> byId(List<CustomerSegment> segments) {
        Map<String, CustomerSegment> map = new HashMap<>();
        segments.forEach(s -> map.put(s.customerId(), s));
        return map;
    }

    @Property(tries = 300)
    void buyersScoreOneToFiveAndOthersHaveNoScoreButAStage(@ForAll("customers") List<CustomerFigures> customers) {
        List<CustomerSegment> segments = Segmentation.compute(customers, LifecycleRules.DEFAULT, TODAY);
        assertThat(segments).hasSameSizeAs(customers);
        for (int i = 0; i < customers.size(); i++) {
            CustomerSegment s = segments.get(i);
            assertThat(s.customerId()).isEqualTo(customers.get(i).customerId());
            assertThat(s.stage()).isNotNull();
            if (customers.get(i).bought()) {
                assertThat(List.of(s.r(), s.f(), s.m())).allSatisfy(score -> assertThat(score).isBetween(1, 5));
                assertThat(s.segment()).isEqualTo(RfmSegment.of(s.r(), s.f(), s.m()));
            } else {
                assertThat(s.scored()).isFalse();
            }
        }
    }

    @Property(tries = 300)
    void eachScoreIsMonotoneInItsInput(@ForAll("customers") List<CustomerFigures> customers) {
        Map<String, CustomerSegment> s = byId(Segmentation.compute(customers, LifecycleRules.DEFAULT, TODAY));
        List<CustomerFigures> buyers = customers.stream().filter(CustomerFigures::bought).toList();
        assertMonotone(buyers, s, c -> c.lastVisit().toEpochDay(), CustomerSegment::r);
        assertMonotone(buyers, s, CustomerFigures::visits, CustomerSegment::f);
        assertMonotone(buyers, s, CustomerFigures::revenueMinor, CustomerSegment::m);
    }

    private static void assertMonotone(List<CustomerFigures> buyers, Map<String, CustomerSegment> segments,
            ToLongFunction<CustomerFigures> input, ToIntFunction<CustomerSegment> score) {
        for (CustomerFigures a : buyers) {
            for (CustomerFigures b : buyers) {
                int sa = score.applyAsInt(segments.get(a.customerId()));
                int sb = score.applyAsInt(segments.get(b.customerId()));
                if (input.applyAsLong(a) < input.applyAsLong(b)) {
                    assertThat(sa).isLessThanOrEqualTo(sb);
                } else if (input.applyAsLong(a) == input.applyAsLong(b)) {
                    assertThat(sa).isEqualTo(sb);
                }
            }
        }
    }

    @Property(tries = 200)
    void theOrderOfTheCustomersDoesNotMatter(@ForAll("customers") List<CustomerFigures> customers,
            @ForAll long seed) {
        List<CustomerFigures> shuffled = new ArrayList<>(customers);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(byId(Segmentation.compute(shuffled, LifecycleRules.DEFAULT, TODAY)))
                .isEqualTo(byId(Segmentation.compute(customers, LifecycleRules.DEFAULT, TODAY)));
    }

    @Property(tries = 200)
    void theStageIsTheOwnersRuleApplied(@ForAll("customers") List<CustomerFigures> customers,
            @ForAll @IntRange(min = 1, max = 60) int activeDays) {
        LifecycleRules rules = new LifecycleRules(14, 1, activeDays, activeDays * 2, activeDays * 4);
        List<CustomerSegment> segments = Segmentation.compute(customers, rules, TODAY);
        for (int i = 0; i < customers.size(); i++) {
            CustomerFigures c = customers.get(i);
            assertThat(segments.get(i).stage())
                    .isEqualTo(rules.stageOf(c.joined(), c.firstVisit(), c.lastVisit(), c.visits(), TODAY));
        }
    }

    @Test
    void fiveEvenlySpreadValuesScoreOneToFive() {
        List<CustomerFigures> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(new CustomerFigures("c" + i, TODAY.minusDays(400), TODAY.minusDays(300),
                    TODAY.minusDays(10 * (10 - i)), i + 1, 1_000L * (i + 1)));
        }
        List<CustomerSegment> segments = Segmentation.compute(customers, LifecycleRules.DEFAULT, TODAY);
        assertThat(segments).extracting(CustomerSegment::r).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(segments).extracting(CustomerSegment::f).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(segments).extracting(CustomerSegment::m).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(segments.get(9).segment()).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(segments.get(0).segment()).isEqualTo(RfmSegment.LOST);
    }

    @Test
    void everyCellOfTheGridHasASegmentAndEverySegmentACell() {
        Set<RfmSegment> seen = EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    seen.add(RfmSegment.of(r, f, m));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(RfmSegment.values());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            5, 5, 5, CHAMPIONS
            5, 4, 3, CHAMPIONS
            5, 1, 1, NEW
            5, 2, 3, POTENTIAL_LOYALIST
            4, 1, 1, PROMISING
            4, 5, 4, LOYAL
            3, 4, 5, LOYAL
            3, 3, 3, NEED_ATTENTION
            3, 1, 2, ABOUT_TO_SLEEP
            2, 3, 4, AT_RISK
            1, 5, 5, CANT_LOSE_THEM
            2, 1, 2, HIBERNATING
            1, 2, 1, LOST
            """)
    void theSegmentMapFollowsTheDocumentedGrid(int r, int f, int m, RfmSegment expected) {
        assertThat(RfmSegment.of(r, f, m)).isEqualTo(expected);
    }

    @Test
    void aSignUpWhoNeverBoughtHasAStageButNoSegment() {
        CustomerFigures signUp = new CustomerFigures("s", TODAY.minusDays(3), null, null, 0, 0);
        CustomerSegment s = Segmentation.compute(List.of(signUp), LifecycleRules.DEFAULT, TODAY).get(0);
        assertThat(s.stage()).isEqualTo(LifecycleStage.NEW);
        assertThat(s.segment()).isNull();
        assertThat(List.of(s.r(), s.f(), s.m())).containsOnly(0);
    }
}
