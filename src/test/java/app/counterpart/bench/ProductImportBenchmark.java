package app.counterpart.bench;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.ProductRules;
import app.counterpart.core.catalog.csv.ImportOptions;
import app.counterpart.core.catalog.csv.PlannedProduct;
import app.counterpart.core.catalog.csv.ProductCsvReader;
import app.counterpart.core.catalog.csv.ProductImportPlan;
import app.counterpart.core.catalog.csv.ProductImporter;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.store.catalog.JooqCatalogImport;
import app.counterpart.testing.DemoFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
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
 * The product CSV import of a whole catalog: reading and checking a generated file of 20,000 rows
 * (the preview), and preview plus apply into a fresh shop's store (one transaction, price audit per
 * product, synchronous=FULL). Single-shot: each apply needs an empty store, built outside the timing.
 * The previews get more warm-up than the apply: a cold first preview is several times slower until
 * the JIT has compiled the parser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ProductImportBenchmark {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Param({"20000"})
    public int rows;

    private byte[] csv;
    private List<Category> categories;
    private List<Product> imported;
    private final IdGenerator ids = IdGenerator.secure(Clock.systemUTC());

    @Setup(Level.Trial)
    public void generateFile() {
        categories = DemoFixture.demoShop().categories();
        csv = generate(rows, categories).getBytes(StandardCharsets.UTF_8);
        ProductImportPlan plan = read(List.of());
        if (!plan.problems().isEmpty() || plan.creates().size() != rows) {
            throw new IllegalStateException("the generated file should import cleanly: " + plan.problems());
        }
        imported = plan.creates().stream().map(PlannedProduct::after).toList();
        System.out.printf("%d rows, %.1f MB%n", rows, csv.length / 1e6);
    }

    /** Rows with an EAN-13 barcode each, spread over the demo shop's categories. */
    static String generate(int rows, List<Category> categories) {
        StringBuilder out = new StringBuilder(rows * 110);
        out.append("sku,barcodes,category,name_en,name_zh,unit,price,cost,tax_rate,active,color,low_stock,track_stock\n");
        for (int i = 0; i < rows; i++) {
            String digits = String.format("20%010d", i);
            long price = 100 + (i % 500) * 37L;
            out.append(String.format("G-%05d,%s%d,%s,Generated product %d,商品 %d,pc,%d.%02d,%d.%02d,%d,true,#A0B0C0,%d,true%n",
                    i, digits, ProductRules.checkDigit(digits), categories.get(i % categories.size()).code(), i, i,
                    price / 100, price % 100, price / 300, (price / 3) % 100, i % 3 == 0 ? 13 : 6, i % 20));
        }
        return out.toString();
    }

    private ProductImportPlan read(List<Product> catalog) {
        return new ProductCsvReader(CNY, ids::next).read("bench.csv", csv, categories, catalog, ImportOptions.DEFAULT);
    }

    /** A new shop's first import: every row creates a product. */
    @Benchmark
    @Warmup(iterations = 15)
    @Measurement(iterations = 10)
    public ProductImportPlan previewIntoEmptyCatalog() {
        return read(List.of());
    }

    /** Importing the same file again: every row is compared with its product and found unchanged. */
    @Benchmark
    @Warmup(iterations = 15)
    @Measurement(iterations = 10)
    public ProductImportPlan previewAgainstSameCatalog() {
        return read(imported);
    }

    /** An empty store of a new shop with the demo categories, made before each invocation. */
    @State(Scope.Thread)
    public static class FreshStore {
        Path dir;
        DemoFixture store;
        ProductImporter importer;
        String owner;

        @Setup(Level.Invocation)
        public void open(ProductImportBenchmark bench) throws Exception {
            dir = Files.createTempDirectory("counterpart-bench");
            store = new DemoFixture(dir, Clock.systemUTC());
            IdGenerator ids = IdGenerator.secure(Clock.systemUTC());
            store.shops.create(new Shop(ids.next(), "Bench Shop", null, CNY, ZoneId.of("Asia/Shanghai"), 4, true, null,
                    null), new Device(ids.next(), "T1", "Till 1"));
            Staff owner = new Staff(ids.next(), "S01", "Owner", null, Role.OWNER, StaffKind.EMPLOYEE, "unused", null,
                    null, true);
            store.staff.addAll(List.of(owner));
            store.catalog.addAll(bench.categories, List.of());
            importer = new ProductImporter(store.catalog, new JooqCatalogImport(store.db, store.clock), CNY, ids);
            this.owner = owner.id();
        }

        @TearDown(Level.Invocation)
        public void close() throws Exception {
            store.close();
            BenchStores.delete(dir);
        }
    }

    @Benchmark
    public int previewAndApplyIntoFreshStore(FreshStore fresh) {
        ProductImportPlan plan = fresh.importer.preview("bench.csv", csv, ImportOptions.DEFAULT);
        fresh.importer.apply(plan, fresh.owner);
        return plan.creates().size();
    }
}
