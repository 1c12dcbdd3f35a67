package app.counterpart.bench;

import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.kpi.KpiService;
import app.counterpart.core.kpi.TodaySummary;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the dashboard reads when it refreshes: today's figures against last week from the rollups,
 * and the same day recomputed from raw sale rows for the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DashboardQueryBenchmark {

    @Param({"1"})
    public double scale;

    private Path dir;
    private DemoFixture store;
    private KpiService kpis;

    @Setup(Level.Trial)
    public void buildStore() throws Exception {
        dir = Files.createTempDirectory("counterpart-bench");
        store = BenchStores.demo(dir, scale);
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
        kpis = new KpiService(store.kpis, store.shops.shop().orElseThrow().calendar(), clock);
    }

    @TearDown(Level.Trial)
    public void removeStore() throws Exception {
        store.close();
        BenchStores.delete(dir);
    }

    @Benchmark
    public TodaySummary todayFromRollups() {
        return kpis.todaySummary();
    }

    @Benchmark
    public List<DayFigures> yearFromRollups() {
        return store.kpis.days(BenchStores.UNTIL.minusDays(364), BenchStores.UNTIL);
    }

    @Benchmark
    public List<DayFigures> yearFromRawRows() {
        return store.kpis.daysFromRawRows(BenchStores.UNTIL.minusDays(364), BenchStores.UNTIL);
    }
}
