package app.counterpart.bench;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.sell.PricedCart;
import app.counterpart.core.sell.TenderEntry;
import app.counterpart.core.sell.Till;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.LinePricing;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * Commit latency of one four-line sale (lines, payment, stock movements, rollups, outbox, audit in one
 * transaction, synchronous=FULL) into a store that already holds a year of demo history, by default
 * the 1,000,000-line one the sell issue names. Sample-time mode, so the JSON has the percentiles; the
 * heap figures come from {@link HeapProfiler}. Two paces: back to back, far faster than a till, where
 * the WAL checkpointer's disk writes run under the commits and it has to catch up under the write lock
 * now and then; and with a pause between sales, closer to a till. {@link BareCommitBenchmark} is the
 * floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SaleCommitBenchmark {

    /** Sales volume of the demo history: 1 is about 85,000 sale lines, 12 about 1,000,000. */
    @Param({"12"})
    public double scale;

    /**
     * Whether each sale of {@code commitFourLineSale} names a customer (one of the demo's, in turn): such a
     * sale also updates customer_stats and the customer indexes of sale (sale_customer, and V8's
     * sale_customer_day).
     */
    @Param({"false"})
    public boolean member;

    private Path dir;
    private DemoFixture store;
    private IdGenerator ids;
    private Shop shop;
    private Device device;
    private Staff cashier;
    private List<Product> products;
    private List<String> customerIds;
    private long counter;

    @Setup(Level.Trial)
    public void buildStore() throws Exception {
        dir = Files.createTempDirectory("counterpart-bench");
        store = CachedStores.copy(scale, dir);
        ids = IdGenerator.secure(Clock.systemUTC());
        shop = store.shops.shop().orElseThrow();
        device = store.shops.localDevice().orElseThrow();
        cashier = store.staff.staff().get(2);
        products = store.catalog.products();
        customerIds = store.customers.customers().stream().map(c -> c.id()).toList();
        System.out.println("store holds " + store.sales.saleLineCount() + " sale lines");
    }

    @TearDown(Level.Trial)
    public void removeStore() throws Exception {
        store.close();
        BenchStores.delete(dir);
    }

    /** A pause before each timed commit, outside the timing: a till commits one sale at a time. */
    @State(Scope.Thread)
    public static class TillPace {

        /** 25 ms: a hundred times a busy till's pace, and still time for a checkpoint between sales. */
        @Param({"25"})
        public int pauseMillis;

        @Setup(Level.Invocation)
        public void pause() throws InterruptedException {
            Thread.sleep(pauseMillis);
        }
    }

    /**
     * The same commit with a pause before each: what a cashier waits for, with the checkpoints (and their
     * disk writes) mostly between sales rather than under them.
     */
    @Benchmark
    @Measurement(iterations = 5, time = 10)
    public void commitFourLineSaleAtTillPace(TillPace pace) {
        commitFourLineSale();
    }

    /**
     * The till's own path, Pay on a four-line cart in an open shift: the check that the cart is not
     * already a sale, the receipt number, the sale with its stock, rollups, shift tally, outbox and audit,
     * and the deletion of the cart's draft, in one transaction. The draft is saved before each Pay,
     * outside the timing, as the screen saves it while the cashier rings up.
     */
    @State(Scope.Thread)
    public static class OpenCart {

        Till till;
        Staff cashier;
        Cart cart;

        @Setup(Level.Trial)
        public void openShift(SaleCommitBenchmark bench) {
            Clock clock = Clock.systemUTC();
            till = new Till(bench.store.till, bench.store.customers, new EventBus(e -> { }),
                    IdGenerator.secure(clock), clock, bench.shop, bench.device);
            cashier = bench.cashier;
            if (till.currentShift().isEmpty()) {
                till.openShift(cashier, 50_000);
            }
        }

        @Setup(Level.Invocation)
        public void ringUp(SaleCommitBenchmark bench) {
            Cart c = till.newCart(cashier.id());
            List<Product> forSale = bench.products.stream().filter(Product::active).toList();
            for (int i = 0; i < 4; i++) {
                Product p = forSale.get((int) ((bench.counter * 7 + i * 13) % forSale.size()));
                c = c.add(p, 1, till.newLineId());
            }
            bench.counter++;
            long due = PricedCart.of(c, bench.shop.pricesIncludeTax()).dueMinor();
            cart = c.withTenders(List.of(new TenderEntry(Tender.CASH, due)));
            till.saveDraft(cart);
        }
    }

    @Benchmark
    public Sale payAtTheTill(OpenCart open) {
        return open.till.pay(open.cart, open.cashier);
    }

    /** Back to back: the checkpointer's disk writes overlap commits, and it must catch up now and then. */
    @Benchmark
    public void commitFourLineSale() {
        Instant at = Instant.now();
        List<SaleLine> lines = new ArrayList<>(4);
        long total = 0;
        long tax = 0;
        long cost = 0;
        for (int i = 0; i < 4; i++) {
            Product p = products.get((int) ((counter * 7 + i * 13) % products.size()));
            SaleLine line = LinePricing.price(ids.next(at), i + 1, p.id(), 1, p.priceMinor(), 0, p.taxRateBp(),
                    p.costMinor(), true);
            lines.add(line);
            total += line.totalMinor();
            tax += line.taxMinor();
            cost += line.costMinor();
        }
        Sale sale = new Sale(ids.next(at), "B-" + (++counter) + "-" + at.toEpochMilli(), SaleKind.SALE, null,
                device.id(), null, cashier.id(), cashier.id(),
                member ? customerIds.get((int) (counter % customerIds.size())) : null, at,
                shop.calendar().businessDay(at),
                shop.calendar().hour(at), "CNY", total, 0, tax, total, cost, 4, lines,
                List.of(new Payment(ids.next(at), 1, Tender.WECHAT, total, null, 0)));
        store.sales.commit(List.of(sale));
    }
}
