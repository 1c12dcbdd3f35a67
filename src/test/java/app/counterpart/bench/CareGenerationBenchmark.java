package app.counterpart.bench;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.care.Assignee;
import app.counterpart.core.customers.care.CareCandidate;
import app.counterpart.core.customers.care.CareRule;
import app.counterpart.core.customers.care.CareRuleKind;
import app.counterpart.core.customers.care.CareTaskGenerator;
import app.counterpart.core.customers.care.NewCareTask;
import app.counterpart.core.customers.care.NewCareTask.TaskKey;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The care rules over 100,000 customers, as at the day's roll-over: all three rules on, the tasks of
 * the last year already made (so the run skips them), visits spread over two years. {@code firstRun}
 * is a store that never ran the rules; {@code nextDay} the usual case, the day after a run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CareGenerationBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Param({"100000"})
    public int customers;

    private List<CareCandidate> candidates;
    private List<TaskKey> yesterday;
    private final List<CareRule> rules = List.of(
            new CareRule("rb", CareRuleKind.BIRTHDAY, true, 7, Assignee.stageTeam()),
            new CareRule("rd", CareRuleKind.DORMANT, true, 60, Assignee.stageTeam()),
            new CareRule("rf", CareRuleKind.FIRST_PURCHASE, true, 3, Assignee.team("t-front")));
    private final Map<LifecycleStage, String> stageTeams = Map.of(LifecycleStage.NEW, "t-front",
            LifecycleStage.ACTIVE, "t-front", LifecycleStage.AT_RISK, "t-care", LifecycleStage.DORMANT, "t-care",
            LifecycleStage.LOST, "t-care");

    @Setup(Level.Trial)
    public void buildCustomers() {
        Random rnd = new Random(7);
        candidates = new ArrayList<>();
        for (Customer c : GeneratedCustomers.generate(customers, 42)) {
            boolean bought = rnd.nextDouble() < 0.85;
            LocalDate first = bought ? TODAY.minusDays(rnd.nextInt(730)) : null;
            LocalDate last = bought ? first.plusDays(rnd.nextInt((int) (TODAY.toEpochDay() - first.toEpochDay()) + 1))
                    : null;
            LocalDate joined = first != null ? first : TODAY.minusDays(rnd.nextInt(730));
            candidates.add(new CareCandidate(c.id(), c.birthday(), c.consent(), joined, first, last,
                    bought ? 1 + rnd.nextInt(40) : 0));
        }
        List<NewCareTask> made = CareTaskGenerator.generate(input(TODAY.minusDays(1), List.of()));
        yesterday = made.stream().map(NewCareTask::key).toList();
        System.out.printf("%n%d customers: %d tasks on the first run, %d the day after%n", customers, made.size(),
                CareTaskGenerator.generate(input(TODAY, yesterday)).size());
    }

    private CareTaskGenerator.Input input(LocalDate day, List<TaskKey> existing) {
        return new CareTaskGenerator.Input(day, rules, LifecycleRules.DEFAULT, stageTeams, candidates, existing);
    }

    @Benchmark
    public List<NewCareTask> firstRun() {
        return CareTaskGenerator.generate(input(TODAY, List.of()));
    }

    @Benchmark
    public List<NewCareTask> nextDay() {
        return CareTaskGenerator.generate(input(TODAY, yesterday));
    }
}
