package app.counterpart.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.incentives.RuleValidation.Draft;
import app.counterpart.core.incentives.RuleValidation.Problem;
import app.counterpart.core.incentives.RuleValidation.TierInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleValidationTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    static Draft commission(String name, List<TierInput> tiers) {
        return new Draft(RuleKind.TIERED_COMMISSION, name, DAY, null, Who.Scope.EVERYONE, null, Target.Scope.ALL, null,
                tiers, 0, null, 0, null, null);
    }

    static Draft bonus(RuleKind kind, long amount) {
        return new Draft(kind, "Bonus", DAY, null, Who.Scope.EVERYONE, null, null, null, List.of(), amount, null, 0,
                null, null);
    }

    static Draft team(String teamId, long goal, long pool, GoalSplit split) {
        return new Draft(RuleKind.TEAM_GOAL, "Team", DAY, null, null, null, null, null, List.of(), pool, teamId, goal,
                split, null);
    }

    static List<String> keys(Draft d) {
        return RuleValidation.problems(d).stream().map(p -> p.field() + ":" + p.key().replace("incentives.problem.", ""))
                .toList();
    }

    /** "0:300 5000000:500" → tiers from ¥0 at 3 %, from ¥50,000 at 5 %. */
    static List<TierInput> tiers(String text) {
        List<TierInput> out = new ArrayList<>();
        if (!text.isBlank()) {
            for (String t : text.trim().split(" ")) {
                String[] p = t.split(":");
                out.add(new TierInput(Long.parseLong(p[0]), Long.parseLong(p[1])));
            }
        }
        return out;
    }

    @Test
    void aSoundTieredCommissionHasNoProblems() {
        assertThat(RuleValidation.problems(commission("Tea tiers", tiers("0:300 5000000:500 10000000:500")))).isEmpty();
    }

    @ParameterizedTest(name = "tiers [{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0:300                         |
            0:0 100:10000                 |
                                          | tiers:tiersRequired
            100:300                       | tiers:firstFromZero
            0:300 0:500                   | tiers:thresholdsIncrease
            0:300 500:500 400:600         | tiers:thresholdsIncrease
            0:500 1000:300                | tiers:ratesNeverFall
            0:300 1000:10001              | tiers:rateRange
            0:-1                          | tiers:rateRange
            """)
    void tierSchedules(String schedule, String expected) {
        List<String> problems = keys(commission("Tiers", tiers(schedule == null ? "" : schedule)));
        assertThat(problems).isEqualTo(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @Test
    void tierProblemsNameTheRowAsThePersonCountsIt() {
        List<Problem> problems = RuleValidation.problems(commission("Tiers", tiers("0:500 1000:400 2000:300")));
        assertThat(problems).extracting(Problem::args).containsExactly(List.of(2), List.of(3));
    }

    @Test
    void aFlatCommissionHasOneTier() {
        Draft flat = new Draft(RuleKind.PERCENT_COMMISSION, "Flat", DAY, null, Who.Scope.EVERYONE, null,
                Target.Scope.ALL, null, tiers("0:300 100:400"), 0, null, 0, null, null);
        assertThat(keys(flat)).containsExactly("tiers:flatOneTier");
    }

    @ParameterizedTest(name = "name ''{0}'' → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tea 8 %                                                        |
            '   '                                                          | name:nameRequired
            ''                                                             | name:nameRequired
            123456789012345678901234567890123456789012345678901234567890   |
            1234567890123456789012345678901234567890123456789012345678901  | name:nameTooLong
            """)
    void names(String name, String expected) {
        List<String> problems = keys(commission(name, tiers("0:300")));
        assertThat(problems).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "from {0} to {1} after {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-01 |            |            |
            2026-12-01 | 2026-12-02 |            |
            2026-12-01 | 2026-12-01 |            | effectiveTo:toAfterFrom
            2026-12-01 | 2026-11-30 |            | effectiveTo:toAfterFrom
                       |            |            | effectiveFrom:fromRequired
            2026-12-01 |            | 2026-12-01 |
            2026-12-01 |            | 2026-12-02 | effectiveFrom:fromAfterPrevious
            2026-12-02 |            | 2026-12-01 |
            """)
    void effectiveDates(LocalDate from, LocalDate to, LocalDate previousFrom, String expected) {
        Draft d = new Draft(RuleKind.PERCENT_COMMISSION, "Dates", from, to, Who.Scope.EVERYONE, null,
                Target.Scope.ALL, null, tiers("0:300"), 0, null, 0, null, previousFrom);
        assertThat(keys(d)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0} paying {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NEW_CUSTOMER_BONUS | 500 |
            NEW_CUSTOMER_BONUS | 0   | amount:amountPositive
            REFERRAL_BONUS     | -1  | amount:amountPositive
            REFERRAL_BONUS     | 1   |
            """)
    void bonusesPaySomething(RuleKind kind, long amount, String expected) {
        assertThat(keys(bonus(kind, amount))).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "team {0}, goal {1}, pool {2}, {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            t1 | 6000000 | 60000 | BY_SALES |
            '' | 6000000 | 60000 | EQUAL    | team:teamRequired
            t1 | 0       | 60000 | EQUAL    | goal:goalPositive
            t1 | 6000000 | 0     | EQUAL    | amount:poolPositive
            t1 | 6000000 | 60000 |          | split:splitRequired
               | -5      | -1    | EQUAL    | team:teamRequired goal:goalPositive amount:poolPositive
            """)
    void teamGoals(String teamId, long goal, long pool, GoalSplit split, String expected) {
        assertThat(keys(team(teamId, goal, pool, split)))
                .isEqualTo(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest(name = "who {0} ''{1}'', target {2} ''{3}'' → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            EVERYONE |         | ALL      |      |
            PERSON   | s1      | PRODUCT  | p1   |
            PERSON   | ''      | ALL      |      | who:whoValueRequired
            ROLE     |         | ALL      |      | who:whoValueRequired
            KIND     | partner | CATEGORY |      | target:targetValueRequired
            KIND     | partner | CATEGORY | '  ' | target:targetValueRequired
                     |         |          |      | who:whoRequired target:targetRequired
            """)
    void whoAndTargetNeedTheirValues(Who.Scope who, String whoValue, Target.Scope target, String targetValue,
            String expected) {
        Draft d = new Draft(RuleKind.PERCENT_COMMISSION, "Who", DAY, null, who, whoValue, target, targetValue,
                tiers("0:300"), 0, null, 0, null, null);
        assertThat(keys(d)).isEqualTo(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @Test
    void aCommissionAmountIsNeverNegative() {
        Draft d = new Draft(RuleKind.PERCENT_COMMISSION, "Neg", DAY, null, Who.Scope.EVERYONE, null,
                Target.Scope.ALL, null, tiers("0:300"), -1, null, 0, null, null);
        assertThat(keys(d)).containsExactly("amount:amountNotNegative");
    }

    @Test
    void aStoredRuleIsCheckedLikeADraft() {
        IncentiveRule rule = new IncentiveRule("r1", 2, RuleKind.NEW_CUSTOMER_BONUS, " ", DAY, DAY, Who.EVERYONE,
                Target.ALL, List.of(), 0, null, 0, null, true, "s1", null);
        assertThat(RuleValidation.problems(rule)).extracting(Problem::key).containsExactly(
                "incentives.problem.nameRequired", "incentives.problem.toAfterFrom", "incentives.problem.amountPositive");
    }

    @Test
    void aMissingKindIsSaidOnce() {
        Draft d = new Draft(null, "No kind", DAY, null, null, null, null, null, List.of(), 0, null, 0, null, null);
        assertThat(keys(d)).containsExactly("kind:kindRequired");
    }
}
