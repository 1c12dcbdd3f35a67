package app.counterpart.core.customers.care;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.customers.care.NewCareTask.TaskKey;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CareTaskGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final CareRule BIRTHDAY = new CareRule("r-b", CareRuleKind.BIRTHDAY, true, 7, Assignee.person("s-anna"));
    static final CareRule DORMANT = new CareRule("r-d", CareRuleKind.DORMANT, true, 60, Assignee.stageTeam());
    static final CareRule FOLLOW_UP = new CareRule("r-f", CareRuleKind.FIRST_PURCHASE, true, 3, Assignee.team("t-front"));
    static final Map<LifecycleStage, String> STAGE_TEAMS = Map.of(LifecycleStage.DORMANT, "t-care",
            LifecycleStage.NEW, "t-front");

    static CareCandidate customer(String id, LocalDate birthday, boolean consent) {
        return new CareCandidate(id, birthday, consent, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2),
                TODAY.minusDays(3), 20);
    }

    static List<NewCareTask> run(LocalDate today, List<CareRule> rules, List<CareCandidate> customers,
            List<TaskKey> existing) {
        return CareTaskGenerator.generate(new CareTaskGenerator.Input(today, rules, LifecycleRules.DEFAULT,
                STAGE_TEAMS, customers, existing));
    }

    @ParameterizedTest(name = "birthday {0}, today {1}: due {2}")
    @CsvSource(textBlock = """
            1990-12-05, 2026-11-28, 2026-11-28
            1990-12-05, 2026-11-27,
            1990-12-05, 2026-12-05, 2026-11-28
            1990-12-05, 2026-12-06,
            1988-01-02, 2026-12-30, 2026-12-26
            2000-02-29, 2027-02-21, 2027-02-21
            2000-02-29, 2028-02-22, 2028-02-22
            """)
    void aBirthdayGreetingIsDueNDaysBeforeAndCaughtUpUntilTheBirthday(LocalDate birthday, LocalDate today,
            LocalDate due) {
        List<NewCareTask> tasks = run(today, List.of(BIRTHDAY), List.of(customer("c", birthday, true)), List.of());
        if (due == null) {
            assertThat(tasks).isEmpty();
        } else {
            assertThat(tasks).extracting(NewCareTask::dueDay).containsExactly(due);
            assertThat(tasks.get(0).staffId()).isEqualTo("s-anna");
        }
    }

    @Test
    void onlyCustomersWhoAgreedToBeContactedGetABirthdayGreeting() {
        List<NewCareTask> tasks = run(TODAY, List.of(BIRTHDAY), List.of(customer("yes", LocalDate.of(1990, 12, 1), true),
                customer("no", LocalDate.of(1990, 12, 1), false), customer("unknown", null, true)), List.of());
        assertThat(tasks).extracting(NewCareTask::customerId).containsExactly("yes");
    }

    @Test
    void aDisabledRuleMakesNothing() {
        CareRule off = new CareRule("r-b", CareRuleKind.BIRTHDAY, false, 7, Assignee.person("s-anna"));
        assertThat(run(TODAY, List.of(off), List.of(customer("c", LocalDate.of(1990, 12, 1), true)), List.of()))
                .isEmpty();
    }

    @Test
    void aFollowUpIsDueNDaysAfterTheFirstPurchaseAndNotMadeAWeekTooLate() {
        CareCandidate fresh = new CareCandidate("fresh", null, false, TODAY.minusDays(3), TODAY.minusDays(3),
                TODAY.minusDays(3), 1);
        CareCandidate missed = new CareCandidate("missed", null, false, TODAY.minusDays(9), TODAY.minusDays(9),
                TODAY.minusDays(9), 1);
        CareCandidate stale = new CareCandidate("stale", null, false, TODAY.minusDays(11), TODAY.minusDays(11),
                TODAY.minusDays(11), 1);
        CareCandidate tooSoon = new CareCandidate("soon", null, false, TODAY.minusDays(1), TODAY.minusDays(1),
                TODAY.minusDays(1), 1);
        CareCandidate never = new CareCandidate("never", null, false, TODAY.minusDays(5), null, null, 0);
        List<NewCareTask> tasks = run(TODAY, List.of(FOLLOW_UP), List.of(fresh, missed, stale, tooSoon, never),
                List.of());
        assertThat(tasks).extracting(NewCareTask::customerId, NewCareTask::dueDay).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fresh", TODAY),
                org.assertj.core.groups.Tuple.tuple("missed", TODAY.minusDays(6)));
        assertThat(tasks).allSatisfy(t -> assertThat(t.teamId()).isEqualTo("t-front"));
    }

    @Test
    void aDormantCustomerIsCalledAtMostOnceInNDaysAndGoesToTheDormantStagesTeam() {
        // last visit 100 days ago: dormant under the default thresholds (90 < 100 <= 180)
        CareCandidate sleeper = new CareCandidate("sleeper", null, false, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1), TODAY.minusDays(100), 9);
        CareCandidate regular = customer("regular", null, false);
        List<NewCareTask> first = run(TODAY, List.of(DORMANT), List.of(sleeper, regular), List.of());
        assertThat(first).extracting(NewCareTask::customerId).containsExactly("sleeper");
        assertThat(first.get(0).teamId()).isEqualTo("t-care");

        List<TaskKey> existing = new ArrayList<>(first.stream().map(NewCareTask::key).toList());
        for (int d = 1; d < 60; d++) {
            CareCandidate later = new CareCandidate("sleeper", null, false, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 1, 1), TODAY.minusDays(100), 9);
            assertThat(run(TODAY.plusDays(d), List.of(DORMANT), List.of(later), existing)).as("day +" + d).isEmpty();
        }
        LifecycleRules longDormancy = new LifecycleRules(30, 2, 45, 90, 400);
        List<NewCareTask> again = CareTaskGenerator.generate(new CareTaskGenerator.Input(TODAY.plusDays(60),
                List.of(DORMANT), longDormancy, STAGE_TEAMS, List.of(sleeper), existing));
        assertThat(again).extracting(NewCareTask::dueDay).containsExactly(TODAY.plusDays(60));
    }

    @Test
    void theOwnersThresholdsDecideWhoIsDormant() {
        CareCandidate c = new CareCandidate("c", null, false, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1),
                TODAY.minusDays(50), 9);
        LifecycleRules strict = new LifecycleRules(7, 1, 14, 30, 120);
        assertThat(run(TODAY, List.of(DORMANT), List.of(c), List.of())).isEmpty();
        assertThat(CareTaskGenerator.generate(new CareTaskGenerator.Input(TODAY, List.of(DORMANT), strict, STAGE_TEAMS,
                List.of(c), List.of()))).hasSize(1);
    }

    @Test
    void aStageWithoutATeamLeavesTheTaskUnassigned() {
        CareRule toStage = new CareRule("r-f", CareRuleKind.FIRST_PURCHASE, true, 3, Assignee.stageTeam());
        CareCandidate c = new CareCandidate("c", null, false, TODAY.minusDays(3), TODAY.minusDays(3),
                TODAY.minusDays(3), 1);
        List<NewCareTask> tasks = CareTaskGenerator.generate(new CareTaskGenerator.Input(TODAY, List.of(toStage),
                LifecycleRules.DEFAULT, Map.of(), List.of(c), List.of()));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).staffId()).isNull();
        assertThat(tasks.get(0).teamId()).isNull();
    }
}
