package app.counterpart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Head office's ingest with four shops pushing their backlogs at once (5,000 sales each, 20,000 in
 * all): the time until every shop's queue is empty. Ingest rate = shops x sales / time (the JSON
 * gives the time; docs/benchmarks.md the rate). Single-shot, fresh copies and head office per shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SyncIngestBenchmark {

    @Param({"sqlite", "postgresql"})
    public String hq;

    @Param({"4"})
    public int shops;

    @Param({"5000"})
    public int salesPerShop;

    private final List<Path> backlogs = new ArrayList<>();
    private Path work;
    private SyncBench.HeadOffice headOffice;
    private final List<SyncBench.Till> tills = new ArrayList<>();
    private ExecutorService pushers;

    @Setup(Level.Trial)
    public void buildBacklogs() throws Exception {
        for (int i = 1; i <= shops; i++) {
            backlogs.add(SyncBench.backlog("S" + i, salesPerShop, 7));
        }
        pushers = Executors.newFixedThreadPool(shops);
    }

    @Setup(Level.Iteration)
    public void freshCopiesAndHeadOffice() throws Exception {
        work = Files.createTempDirectory("sync-ingest");
        headOffice = SyncBench.headOffice(hq, work);
        for (int i = 0; i < shops; i++) {
            tills.add(SyncBench.Till.enrolled(SyncBench.copy(backlogs.get(i), work.resolve("shop-" + i)), headOffice,
                    "Shop " + (i + 1)));
        }
    }

    @Benchmark
    public int fourShopsPushAtOnce() throws Exception {
        List<Future<Integer>> sent = new ArrayList<>();
        for (SyncBench.Till till : tills) {
            sent.add(pushers.submit(till::upload));
        }
        int total = 0;
        for (Future<Integer> f : sent) {
            total += f.get();
        }
        return total;
    }

    @TearDown(Level.Iteration)
    public void removeCopies() throws Exception {
        for (SyncBench.Till till : tills) {
            till.close();
        }
        tills.clear();
        headOffice.close();
        BenchStores.delete(work);
    }

    @TearDown(Level.Trial)
    public void stopPushers() {
        pushers.shutdownNow();
    }
}
