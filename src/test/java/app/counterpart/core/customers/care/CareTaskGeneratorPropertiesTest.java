package app.counterpart.core.customers.care;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.customers.care.NewCareTask.TaskKey;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the customers, rules and days, running the rules again (on the same day, or each day of a
 * stretch twice) asks for nothing the first runs did not, and never asks for one key twice.
 */
class CareTaskGeneratorPropertiesTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Provide
    Arbitrary<List<CareCandidate>> customers() {
        return customer().list().ofMaxSize(25);
    }

    Arbitrary<CareCandidate> customer() {
        Arbitrary<Integer> offset = Arbitraries.integers().between(0, 900);
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'e').ofLength(2),
                offset.injectNull(0.2), Arbitraries.of(true, false), offset, offset.injectNull(0.3),
                Arbitraries.integers().between(0, 60)).as((id, birthday, consent, joined, sinceFirst, visits) -> {
                    LocalDate joinedOn = START.minusDays(joined);
                    LocalDate first = sinceFirst == null ? null : START.minusDays(Math.min(sinceFirst, joined));
                    LocalDate last = first == null ? null : first.plusDays(visits * 3L);
                    return new CareCandidate(id, birthday == null ? null : LocalDate.of(1990, 1, 1).plusDays(birthday),
                            consent, joinedOn, first, last, first == null ? 0 : Math.max(1, visits));
                });
    }

    @Provide
    Arbitrary<List<CareRule>> rules() {
        Arbitrary<Assignee> assignee = Arbitraries.of(Assignee.person("s1"), Assignee.team("t1"), Assignee.stageTeam());
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(7, 120),
                Arbitraries.integers().between(1, 30), assignee, Arbitraries.of(true, false))
                .as((b, d, f, a, on) -> List.of(new CareRule("rb", CareRuleKind.BIRTHDAY, on, b, a),
                        new CareRule("rd", CareRuleKind.DORMANT, true, d, a),
                        new CareRule("rf", CareRuleKind.FIRST_PURCHASE, !on, f, a)));
    }

    static List<NewCareTask> run(LocalDate day, List<CareRule> rules, List<CareCandidate> customers,
            List<TaskKey> existing) {
        return CareTaskGenerator.generate(new CareTaskGenerator.Input(day, rules, LifecycleRules.DEFAULT,
                Map.of(LifecycleStage.DORMANT, "t2"), customers, existing));
    }

    @Property(tries = 200)
    void runningAgainCreatesNothingTwice(@ForAll("customers") List<CareCandidate> customers,
            @ForAll("rules") List<CareRule> rules, @ForAll @IntRange(min = 1, max = 45) int days) {
        List<TaskKey> store = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int d = 0; d < days; d++) {
                LocalDate day = START.plusDays(d);
                List<NewCareTask> made = run(day, rules, customers, store);
                Set<TaskKey> keys = new HashSet<>();
                for (NewCareTask t : made) {
                    assertThat(keys.add(t.key())).as("one key per run").isTrue();
                    assertThat(store).as("never a key already stored").doesNotContain(t.key());
                }
                if (pass == 1) {
                    assertThat(made).as("second pass over the same days").isEmpty();
                }
                store.addAll(keys);
                assertThat(run(day, rules, customers, store)).as("same day again").isEmpty();
            }
        }
    }
}
