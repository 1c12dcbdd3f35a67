package app.counterpart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * A till back online after 30 days without head office (about 15,000 sales, 60,000 lines) sends its
 * whole backlog to a loopback head office on SQLite or PostgreSQL in one sync cycle: every page pushed
 * and acknowledged, the queue emptied, the pull finished. Single-shot: each upload needs a full queue
 * and an empty head office, made outside the timing. The fork gets 256 MB of heap, a small till's
 * budget; the heap profiler's {@code heap.afterGc.max} is the high-water of till and head office
 * together (both run in the fork).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SyncBacklogBenchmark {

    @Param({"sqlite", "postgresql"})
    public String hq;

    @Param({"15000"})
    public int sales;

    @Param({"30"})
    public int days;

    private Path backlog;
    private Path work;
    private SyncBench.HeadOffice headOffice;
    private SyncBench.Till till;

    @Setup(Level.Trial)
    public void buildBacklog() throws Exception {
        backlog = SyncBench.backlog("T1", sales, days);
    }

    @Setup(Level.Iteration)
    public void freshCopyAndHeadOffice() throws Exception {
        work = Files.createTempDirectory("sync-backlog");
        headOffice = SyncBench.headOffice(hq, work);
        till = SyncBench.Till.enrolled(SyncBench.copy(backlog, work.resolve("till")), headOffice, "Backlog Shop");
    }

    @Benchmark
    public int uploadBacklog() {
        return till.upload();
    }

    @TearDown(Level.Iteration)
    public void removeCopy() throws Exception {
        till.close();
        headOffice.close();
        BenchStores.delete(work);
    }
}
