package app.counterpart.bench;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.ProductSearch;
import app.counterpart.testing.DemoFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * One keystroke of the catalog (and later the sell screen) search over 20,000 products: each call
 * searches the next prefix of queries a cashier types (name, pinyin initials, SKU, barcode).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ProductSearchBenchmark {

    @Param({"20000"})
    public int products;

    private ProductSearch search;
    private List<String> keystrokes;
    private List<String> barcodes;
    private int next;

    @Setup(Level.Trial)
    public void buildIndex() {
        List<Product> base = DemoFixture.demoShop().products();
        List<Product> all = new ArrayList<>(products);
        for (int i = 0; all.size() < products; i++) {
            Product p = base.get(i % base.size());
            int copy = i / base.size();
            all.add(new Product("id-" + i, p.sku() + "-" + copy, List.of(String.format("69%011d", i)),
                    p.categoryId(), p.name() + " " + copy, p.nameZh() + copy, p.unit(), p.priceMinor(), p.costMinor(),
                    p.taxRateBp(), p.active(), p.color(), p.lowStock(), p.trackStock()));
        }
        search = new ProductSearch(all);
        keystrokes = new ArrayList<>();
        for (String query : List.of("zznc", "pearl milk", "nc", "mt-00", "latte", "杨枝甘露", "6900000012345", "dhs")) {
            for (int k = 1; k <= query.length(); k++) {
                keystrokes.add(query.substring(0, k));
            }
        }
        barcodes = all.stream().map(p -> p.barcodes().get(0)).toList();
    }

    @Benchmark
    public List<Product> keystroke() {
        String q = keystrokes.get(next++ % keystrokes.size());
        return search.search(q, 50);
    }

    @Benchmark
    public Optional<Product> scannedBarcode() {
        return search.byBarcode(barcodes.get(next++ % barcodes.size()));
    }
}
