package app.counterpart.core.customers.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final LifecycleRules rules = LifecycleRules.DEFAULT;

    private LifecycleStage lastVisitDaysAgo(int days, int visits) {
        LocalDate joined = TODAY.minusDays(400);
        return rules.stageOf(joined, joined, TODAY.minusDays(days), visits, TODAY);
    }

    @Test
    void stagesFollowTheDaysSinceTheLastVisitAtTheirEdges() {
        assertThat(lastVisitDaysAgo(0, 9)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(lastVisitDaysAgo(45, 9)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(lastVisitDaysAgo(46, 9)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(lastVisitDaysAgo(90, 9)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(lastVisitDaysAgo(91, 9)).isEqualTo(LifecycleStage.DORMANT);
        assertThat(lastVisitDaysAgo(180, 9)).isEqualTo(LifecycleStage.DORMANT);
        assertThat(lastVisitDaysAgo(181, 9)).isEqualTo(LifecycleStage.LOST);
    }

    @Test
    void aRecentFirstVisitIsNewUntilTheVisitsPassTheLimit() {
        LocalDate first = TODAY.minusDays(10);
        assertThat(rules.stageOf(first, first, TODAY, 2, TODAY)).isEqualTo(LifecycleStage.NEW);
        assertThat(rules.stageOf(first, first, TODAY, 3, TODAY)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(rules.stageOf(first, first, first, 1, TODAY.plusDays(20))).isEqualTo(LifecycleStage.NEW);
        assertThat(rules.stageOf(first, first, first, 1, TODAY.plusDays(21))).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void aSignUpWhoNeverBoughtDriftsFromNewToLost() {
        LocalDate joined = TODAY.minusDays(5);
        assertThat(rules.stageOf(joined, null, null, 0, TODAY)).isEqualTo(LifecycleStage.NEW);
        assertThat(rules.stageOf(joined, null, null, 0, joined.plusDays(60))).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(rules.stageOf(joined, null, null, 0, joined.plusDays(365))).isEqualTo(LifecycleStage.LOST);
    }

    @Test
    void theOwnersThresholdsDecideNotTheCode() {
        LifecycleRules strict = new LifecycleRules(7, 1, 14, 30, 60);
        LocalDate joined = TODAY.minusDays(400);
        assertThat(strict.stageOf(joined, joined, TODAY.minusDays(20), 9, TODAY)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(rules.stageOf(joined, joined, TODAY.minusDays(20), 9, TODAY)).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void thresholdsOutOfOrderAreRefusedWithEveryProblemNamed() {
        assertThat(LifecycleRules.problems(0, 0, 90, 45, 30)).hasSize(4);
        assertThatThrownBy(() -> new LifecycleRules(30, 2, 90, 45, 180))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at-risk days (45) must be more than active days (90)");
    }

    @Test
    void stageCodesRoundTrip() {
        for (LifecycleStage s : LifecycleStage.values()) {
            assertThat(LifecycleStage.ofCode(s.code())).isEqualTo(s);
        }
        assertThat(LifecycleStage.AT_RISK.code()).isEqualTo("at_risk");
    }
}
