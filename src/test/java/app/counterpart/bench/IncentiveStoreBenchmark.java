package app.counterpart.bench;

import app.counterpart.core.demo.DemoInstaller;
import app.counterpart.core.demo.DemoSalesGenerator;
import app.counterpart.core.incentives.IncentiveEngine;
import app.counterpart.core.incentives.IncentiveFacts;
import app.counterpart.core.incentives.IncentiveRule;
import app.counterpart.core.incentives.IncentiveSettings;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A month's payouts as the payouts screen gets them: {@code facts(period)} from a real SQLite store, then
 * {@code IncentiveEngine.compute}. The store is the demo shop (8 people, its rule set) at scale 2.5 over
 * October and November 2026: about 10,000 sales in November, some of them refunds of October sales.
 * {@code earlierMonthOpen}: October is not closed, so what it paid on those lines is computed from its own
 * facts; {@code earlierMonthClosed}: October is closed and answers from its ledger.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class IncentiveStoreBenchmark {

    private static final PayPeriod OCTOBER = new PayPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
    private static final PayPeriod NOVEMBER = new PayPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));

    private Path dir;
    private DemoFixture open;
    private DemoFixture closed;
    private List<IncentiveRule> rules;
    private IncentiveSettings settings;

    @Setup(Level.Trial)
    public void build() throws IOException {
        dir = Files.createTempDirectory("incentive-bench");
        Clock clock = Clock.fixed(Instant.parse("2026-12-15T02:00:00Z"), ZoneOffset.UTC);
        Path first = dir.resolve("open");
        long started = System.nanoTime();
        try (DemoFixture store = new DemoFixture(first, clock)) {
            new DemoInstaller(store.shops, store.catalog, store.customers, store.staff, store.sales, store.stock,
                    store.timeline, store.care, store.incentives).install(DemoFixture.demoShop(),
                    new DemoSalesGenerator.Options(LocalDate.of(2026, 11, 30), 61, 2.5, DemoFixture.SEED, null),
                    p -> { });
        }
        Path second = Files.createDirectories(dir.resolve("closed"));
        Files.copy(first.resolve(Database.FILE_NAME), second.resolve(Database.FILE_NAME));
        open = new DemoFixture(first, clock);
        closed = new DemoFixture(second, clock);
        rules = open.incentives.rules();
        settings = open.incentives.settings();
        closed.incentives.close(IncentiveEngine.compute(rules, settings, closed.incentives.facts(OCTOBER)), null);
        IncentiveFacts facts = open.incentives.facts(NOVEMBER);
        long sales = facts.lines().stream().map(l -> l.saleId()).distinct().count();
        System.out.printf("%nbuilt in %.1f s: November has %d sales, %d lines, %d people; %d refunded lines of"
                + " October%n", (System.nanoTime() - started) / 1e9, sales, facts.lines().size(), facts.people().size(),
                facts.paidEarlier().size());
        cpuTime("earlierMonthOpen", this::earlierMonthOpen);
        cpuTime("earlierMonthClosed", this::earlierMonthClosed);
        cpuTime("factsOnly", this::factsOnly);
    }

    /**
     * The machine that runs these is shared: wall-clock figures include waiting for a core. The thread's
     * CPU time (SQLite runs on the calling thread) says what the work itself costs.
     */
    private static void cpuTime(String name, java.util.function.Supplier<?> work) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        int runs = 20;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.get();
        }
        System.out.printf("%s: %.1f ms CPU, %.1f ms wall per op (%d runs after 10 warm-up)%n", name,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs, (System.nanoTime() - wall) / 1e6 / runs,
                runs);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        open.close();
        closed.close();
        BenchStores.delete(dir);
    }

    @Benchmark
    public PayoutRun earlierMonthOpen() {
        return IncentiveEngine.compute(rules, settings, open.incentives.facts(NOVEMBER));
    }

    @Benchmark
    public PayoutRun earlierMonthClosed() {
        return IncentiveEngine.compute(rules, settings, closed.incentives.facts(NOVEMBER));
    }

    @Benchmark
    public IncentiveFacts factsOnly() {
        return closed.incentives.facts(NOVEMBER);
    }
}
