package app.counterpart.bench;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.goals.Cadence;
import app.counterpart.core.goals.GoalScope;
import app.counterpart.core.goals.GoalService;
import app.counterpart.core.goals.GoalTracker;
import app.counterpart.core.goals.MilestoneReached;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.sell.PricedCart;
import app.counterpart.core.sell.TenderEntry;
import app.counterpart.core.sell.Till;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.goals.JooqGoalRepository;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * The till's Pay (as in {@link SaleCommitBenchmark#payAtTheTill}) with and without the live milestone
 * check: with {@code goals=true} the event bus carries a loaded {@link GoalTracker} (the cashier in a
 * team, daily and weekly goals for both, low enough that milestones fire during the run) and a listener
 * for its MilestoneReached events, all on the committing thread as in the app. Same store copy, same
 * carts, a short pause before each sale (outside the timing) as at a till.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 8)
public class GoalCommitBenchmark {

    /** Sales volume of the demo history: 1 is about 85,000 sale lines. */
    @Param({"1"})
    public double scale;

    @Param({"false", "true"})
    public boolean goals;

    private Path dir;
    private DemoFixture store;
    private Till till;
    private Staff cashier;
    private Shop shop;
    private List<Product> forSale;
    private long counter;
    private Cart cart;
    final AtomicLong milestones = new AtomicLong();

    @Setup(Level.Trial)
    public void buildStore() throws Exception {
        dir = Files.createTempDirectory("counterpart-bench");
        store = CachedStores.copy(scale, dir);
        Clock clock = Clock.systemUTC();
        IdGenerator ids = IdGenerator.secure(clock);
        shop = store.shops.shop().orElseThrow();
        cashier = store.staff.staff().get(2);
        forSale = store.catalog.products().stream().filter(Product::active).toList();
        EventBus events = new EventBus(e -> { });
        if (goals) {
            GoalTracker tracker = new GoalTracker(events);
            tracker.listen();
            events.subscribe(MilestoneReached.class, e -> milestones.incrementAndGet());
            JooqGoalRepository repo = new JooqGoalRepository(store.db, ids);
            GoalService service = new GoalService(repo, tracker, shop.calendar(), ids, clock);
            Staff owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
            LocalDate today = service.today();
            service.setGoal(GoalScope.person(cashier.id()), Cadence.DAILY, 50_000, today, owner.id(), Role.OWNER);
            service.setGoal(GoalScope.person(cashier.id()), Cadence.WEEKLY, 400_000, today, owner.id(), Role.OWNER);
            repo.teamMembers().keySet().forEach(team -> service.setGoal(GoalScope.team(team), Cadence.DAILY,
                    200_000, today, owner.id(), Role.OWNER));
            service.reload();
        }
        till = new Till(store.till, store.customers, events, ids, clock, shop, store.shops.localDevice().orElseThrow());
        if (till.currentShift().isEmpty()) {
            till.openShift(cashier, 50_000);
        }
    }

    @TearDown(Level.Trial)
    public void removeStore() throws Exception {
        System.out.println("milestones reached: " + milestones.get());
        store.close();
        BenchStores.delete(dir);
    }

    /** Rings up a four-line cart and saves its draft, outside the timing, after a till-like pause. */
    @Setup(Level.Invocation)
    public void ringUp() throws InterruptedException {
        Thread.sleep(10);
        Cart c = till.newCart(cashier.id());
        for (int i = 0; i < 4; i++) {
            Product p = forSale.get((int) ((counter * 7 + i * 13) % forSale.size()));
            c = c.add(p, 1, till.newLineId());
        }
        counter++;
        long due = PricedCart.of(c, shop.pricesIncludeTax()).dueMinor();
        cart = c.withTenders(List.of(new TenderEntry(Tender.CASH, due)));
        till.saveDraft(cart);
    }

    @Benchmark
    public Sale payAtTheTill() {
        return till.pay(cart, cashier);
    }
}
