package app.counterpart.bench;

import app.counterpart.core.staff.AuditLog;
import app.counterpart.core.staff.performance.StaffFigures;
import app.counterpart.store.staff.JooqAuditLog;
import app.counterpart.store.staff.JooqPerformanceRepository;
import app.counterpart.testing.DemoFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The staff area's reads on the 1,000,000-sale-line demo shop (scale 12): the performance view's
 * figures for a month and the month before (what one refresh reads), and an audit-log page of 200
 * newest entries, unfiltered, by one person, and deep in the log (keyset paging).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class StaffPerformanceBenchmark {

    @Param({"12"})
    public double scale;

    private DemoFixture store;
    private JooqPerformanceRepository performance;
    private JooqAuditLog audit;
    private String person;
    private AuditLog.Entry deep;

    @Setup(Level.Trial)
    public void open() throws Exception {
        store = CachedStores.open(scale);
        performance = new JooqPerformanceRepository(store.db, store.shops.shop().orElseThrow().calendar());
        audit = new JooqAuditLog(store.db);
        person = store.staff.staff().get(3).id();
        List<AuditLog.Entry> page = audit.page(AuditLog.Filter.ALL, null, 1);
        for (int i = 0; i < 50; i++) {
            page = audit.page(AuditLog.Filter.ALL, page.get(page.size() - 1), 200);
        }
        deep = page.get(page.size() - 1);
        System.out.println("store holds " + store.sales.saleLineCount() + " sale lines");
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    @Benchmark
    public Map<String, StaffFigures> monthAndMonthBefore() {
        LocalDate end = BenchStores.UNTIL;
        LocalDate start = end.withDayOfMonth(1);
        performance.figures(start.minusMonths(1), end.minusMonths(1));
        return performance.figures(start, end);
    }

    @Benchmark
    public List<AuditLog.Entry> auditFirstPage() {
        return audit.page(AuditLog.Filter.ALL, null, 201);
    }

    @Benchmark
    public List<AuditLog.Entry> auditFirstPageOfOnePerson() {
        return audit.page(new AuditLog.Filter(person, null, null, null), null, 201);
    }

    @Benchmark
    public List<AuditLog.Entry> auditPageTenThousandDeep() {
        return audit.page(AuditLog.Filter.ALL, deep, 201);
    }
}
