package app.counterpart.bench;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.segments.CustomerFigures;
import app.counterpart.core.customers.segments.CustomerSegment;
import app.counterpart.core.customers.segments.SegmentRecompute;
import app.counterpart.core.customers.segments.Segmentation;
import app.counterpart.core.event.EventBus;
import app.counterpart.store.Database;
import app.counterpart.store.customers.JooqCustomerRepository;
import app.counterpart.store.customers.JooqLifecycleRulesRepository;
import app.counterpart.store.customers.JooqSegmentRepository;
import app.counterpart.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Recomputing the RFM segments and lifecycle stages of 100,000 customers, four in five of whom bought
 * (customer_stats spread over two years, up to 60 visits): {@code computeOnly} is the pure computation
 * over figures already in memory; {@code readAndCompute} adds reading the figures from the store;
 * {@code recomputeIntoEmptyTable} is the whole run writing every row (a new store, or the first run
 * after the upgrade); {@code recomputeUnchanged} the run when nothing changed (the app starting again
 * the same day); {@code recomputeNextDay} the daily run, alternating between two business days so that
 * each call moves the stages and recency scores that a day moves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class SegmentRecomputeBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final BusinessCalendar CALENDAR = new BusinessCalendar(ZoneId.of("Asia/Shanghai"), 4);

    @Param({"100000"})
    public int customers;

    Path dir;
    Database db;
    JooqSegmentRepository segments;
    MutableClock clock;
    SegmentRecompute recompute;
    List<CustomerFigures> figures;
    private boolean nextDay;

    @Setup(Level.Trial)
    public void buildStore() throws Exception {
        dir = Files.createTempDirectory("segment-bench");
        db = Database.open(dir);
        List<Customer> list = GeneratedCustomers.generate(customers, 42);
        new JooqCustomerRepository(db, Clock.systemUTC()).addAll(list);
        Random random = new Random(7);
        long now = CALENDAR.start(TODAY).plus(Duration.ofHours(10)).toEpochMilli();
        db.write(ctx -> ctx.connectionResult(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO customer_stats (customer_id, first_sale_at,"
                    + " first_sale_day, last_sale_at, visits, revenue_minor) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Customer customer : list) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    long lastAt = now - (long) (random.nextDouble() * random.nextDouble() * 730) * 86_400_000L;
                    int visits = 1 + (int) (random.nextDouble() * random.nextDouble() * 60);
                    long firstAt = lastAt - (visits - 1) * (long) (1 + random.nextInt(30)) * 86_400_000L;
                    st.setString(1, customer.id());
                    st.setLong(2, firstAt);
                    st.setString(3, CALENDAR.businessDay(Instant.ofEpochMilli(firstAt)).toString());
                    st.setLong(4, lastAt);
                    st.setInt(5, visits);
                    st.setLong(6, visits * (800L + random.nextInt(12_000)));
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        }));
        segments = new JooqSegmentRepository(db);
        clock = new MutableClock(CALENDAR.start(TODAY).plus(Duration.ofHours(12)));
        recompute = new SegmentRecompute(segments, new JooqLifecycleRulesRepository(db, clock), CALENDAR, clock,
                new EventBus(e -> {
                    throw e;
                }));
        figures = segments.figures(CALENDAR);
        SegmentRecompute.Outcome first = recompute.recompute();
        clock.set(CALENDAR.start(TODAY.plusDays(1)).plus(Duration.ofHours(12)));
        SegmentRecompute.Outcome dayLater = recompute.recompute();
        clock.set(CALENDAR.start(TODAY).plus(Duration.ofHours(12)));
        recompute.recompute();
        System.out.printf("%n%d customers: the first run writes %d rows, a day later %d change%n", customers,
                first.rowsWritten(), dayLater.rowsWritten());
        Path out = Files.createDirectories(Path.of("target/bench"));
        Files.writeString(out.resolve("segment-recompute-rows.json"), "{\"customers\":" + customers
                + ",\"firstRunRows\":" + first.rowsWritten() + ",\"nextDayRows\":" + dayLater.rowsWritten() + "}\n");
    }

    @TearDown(Level.Trial)
    public void removeStore() throws Exception {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** An empty customer_segment before each call of {@link #recomputeIntoEmptyTable}. */
    @State(Scope.Thread)
    public static class EmptyTable {
        @Setup(Level.Invocation)
        public void empty(SegmentRecomputeBenchmark bench) {
            bench.db.write(ctx -> ctx.execute("DELETE FROM customer_segment"));
        }
    }

    @Benchmark
    public List<CustomerSegment> computeOnly() {
        return Segmentation.compute(figures, LifecycleRules.DEFAULT, TODAY);
    }

    @Benchmark
    public List<CustomerSegment> readAndCompute() {
        return Segmentation.compute(segments.figures(CALENDAR), LifecycleRules.DEFAULT, TODAY);
    }

    @Benchmark
    public SegmentRecompute.Outcome recomputeIntoEmptyTable(EmptyTable empty) {
        clock.set(CALENDAR.start(TODAY).plus(Duration.ofHours(12)));
        return recompute.recompute();
    }

    @Benchmark
    public SegmentRecompute.Outcome recomputeUnchanged() {
        clock.set(CALENDAR.start(TODAY).plus(Duration.ofHours(12)));
        return recompute.recompute();
    }

    @Benchmark
    public SegmentRecompute.Outcome recomputeNextDay() {
        nextDay = !nextDay;
        clock.set(CALENDAR.start(nextDay ? TODAY.plusDays(1) : TODAY).plus(Duration.ofHours(12)));
        return recompute.recompute();
    }
}
