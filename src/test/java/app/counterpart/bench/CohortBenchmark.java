package app.counterpart.bench;

import app.counterpart.core.customers.retention.CohortMatrix;
import app.counterpart.core.customers.retention.Retention;
import app.counterpart.core.customers.retention.RetentionReport;
import app.counterpart.store.customers.JooqRetentionRepository;
import app.counterpart.testing.DemoFixture;
import java.time.LocalDate;
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
 * The 24-month cohort retention matrix on the 1,000,000-sale-line demo shop (scale 12), from the
 * store's read to the finished matrix; the whole retention tab (matrix, activation, referrals, revenue
 * per returning customer, funnel) from one read; and, for the ratio, the customers' sale days read
 * through the older sale_customer index, as the store would without V8's covering index.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class CohortBenchmark {

    @Param({"12"})
    public double scale;

    private DemoFixture store;
    private JooqRetentionRepository retention;
    private LocalDate today;

    @Setup(Level.Trial)
    public void open() throws Exception {
        store = CachedStores.open(scale);
        retention = new JooqRetentionRepository(store.db);
        today = BenchStores.UNTIL;
        System.out.println("store holds " + store.sales.saleLineCount() + " sale lines");
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    @Benchmark
    public CohortMatrix cohortMatrix() {
        return new Retention(retention.facts(), today).cohorts(Retention.MONTHS);
    }

    @Benchmark
    public RetentionReport wholeTab() {
        return new Retention(retention.facts(), today).report(30);
    }

    @Benchmark
    public int saleDaysWithoutCoveringIndex() {
        return store.db.read(ctx -> ctx.resultQuery("SELECT customer_id, business_day,"
                + " SUM(CASE WHEN kind = 'sale' THEN 1 ELSE 0 END), SUM(total_minor)"
                + " FROM sale INDEXED BY sale_customer WHERE customer_id IS NOT NULL"
                + " GROUP BY customer_id, business_day").fetch().size());
    }
}
