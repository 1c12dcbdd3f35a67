package app.counterpart.bench;

import app.counterpart.core.kpi.DashboardService;
import app.counterpart.core.kpi.DashboardSnapshot;
import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.kpi.Period;
import app.counterpart.core.kpi.Totals;
import app.counterpart.store.report.JooqReportRepository;
import app.counterpart.testing.DemoFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.Record;
import org.jooq.Result;
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
 * A whole dashboard refresh (every tile's figures) for today, this month and the last 12 months, from
 * the rollups; and the headline figures and top products of the same periods computed from the raw
 * sale rows, for the ratio. Scale 12 is the 1,000,000-sale-line shop of the dashboard issue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DashboardBenchmark {

    @Param({"12"})
    public double scale;

    @Param({"today", "month", "year"})
    public String period;

    private DemoFixture store;
    private DashboardService dashboard;
    private Period shown;

    @Setup(Level.Trial)
    public void open() throws Exception {
        store = CachedStores.open(scale);
        // 15:00 in Shanghai on the last day of the history: "today" is a full business day so far.
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T07:00:00Z"), ZoneOffset.UTC);
        dashboard = new DashboardService(store.kpis, new JooqReportRepository(store.db),
                store.shops.shop().orElseThrow().calendar(), clock);
        LocalDate today = dashboard.today();
        shown = switch (period) {
            case "today" -> Period.today(today);
            case "month" -> Period.month(today);
            default -> Period.custom(today.minusDays(364), today);
        };
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    @Benchmark
    public DashboardSnapshot refreshFromRollups() {
        return dashboard.snapshot(shown, false);
    }

    /** The same period's totals and top five products straight from sale and sale_line. */
    @Benchmark
    public Object headlineFromRawRows() {
        List<DayFigures> days = store.kpis.daysFromRawRows(shown.from(), shown.to());
        Totals totals = Totals.of(days);
        Result<Record> top = store.db.read(ctx -> ctx.fetch(
                "select l.product_id, sum(l.total_minor) r from sale_line l join sale s on s.id = l.sale_id"
                        + " where s.business_day between ? and ? group by l.product_id order by r desc limit 5",
                shown.from().toString(), shown.to().toString()));
        return new Object[] {totals, top};
    }
}
