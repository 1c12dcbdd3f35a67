package app.counterpart.bench;

import app.counterpart.core.stock.LowStockItem;
import app.counterpart.core.stock.StockMovement;
import app.counterpart.testing.DemoFixture;
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
 * What stock screens read on the demo store with a year of history: on hand for every product, the
 * low-stock list, one product's latest movements, and the full ledger check (which sums every
 * movement, so it shows what the kept on-hand figures save).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class StockQueryBenchmark {

    @Param({"1"})
    public double scale;

    private DemoFixture store;
    private String bestSeller;

    @Setup(Level.Trial)
    public void buildStore() throws Exception {
        store = CachedStores.open(scale);
        bestSeller = store.catalog.products().stream().filter(p -> p.sku().equals("BR-001")).findFirst()
                .orElseThrow().id();
    }

    @TearDown(Level.Trial)
    public void removeStore() throws Exception {
        store.close();
    }

    @Benchmark
    public Map<String, Integer> onHandForAllProducts() {
        return store.stock.onHand();
    }

    @Benchmark
    public List<LowStockItem> lowStockList() {
        return store.stock.lowStock();
    }

    @Benchmark
    public List<StockMovement> latestFiftyMovementsOfABestSeller() {
        return store.stock.movements(bestSeller, 50);
    }

    @Benchmark
    public List<String> ledgerCheck() {
        return store.stock.ledgerMismatches();
    }
}
