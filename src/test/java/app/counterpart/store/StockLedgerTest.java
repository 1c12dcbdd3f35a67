package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.STOCK_LEVEL;
import static app.counterpart.store.jooq.Tables.STOCK_MOVEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.stock.CountLine;
import app.counterpart.core.stock.MovementKind;
import app.counterpart.core.stock.StockMovement;
import app.counterpart.core.stock.StockService;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.TestSales;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Invariants of the stock ledger on a real SQLite store: whatever sequence of sales, refunds, voids,
 * receivings, adjustments, counts and failed writes happens, each product's on-hand figure equals the
 * sum of its movements and the sum of what the sequence did. One store serves all tries of a property
 * (creating one per try would dominate the run time); each try compares against the on-hand figures
 * it started from.
 */
class StockLedgerTest {

    private static final Instant START = Instant.parse("2026-11-28T02:00:00Z");

    private Path dir;
    private DemoFixture store;
    private TestSales tills;
    private StockService service;
    private IdGenerator ids;
    private List<Product> sellable;
    private List<Product> tracked;
    private String staffId;
    private long seconds;

    @BeforeProperty
    void openStore() throws IOException {
        dir = Files.createTempDirectory("counterpart-stock-properties");
        Clock clock = new Clock() {
            // Time moves one second per operation, so sales and bookings have a clear order.
            @Override
            public Instant instant() {
                return START.plusSeconds(seconds);
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 27), 1);
        tills = new TestSales(store);
        ids = IdGenerator.secure(clock);
        service = new StockService(store.stock, store.catalog, ids, clock);
        sellable = store.catalog.products().stream().filter(Product::active).toList();
        tracked = sellable.stream().filter(Product::trackStock).toList();
        staffId = store.staff.staff().get(0).id();
    }

    @AfterProperty
    void closeStore() throws IOException {
        store.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- operations -------------------------------------------------------------------------------

    /** A product picked by an index taken modulo the list, so generators need not know the catalog. */
    record Line(int product, int quantity) {
    }

    sealed interface Op permits Sell, Refund, VoidSale, Receive, Adjust, Count, FailingSale, FailingRecord, Retry {
    }

    record Sell(List<Line> lines) implements Op {
    }

    /** Refunds the lines picked by {@code mask} of an earlier sale of the same try. */
    record Refund(int sale, int mask) implements Op {
    }

    record VoidSale(int sale) implements Op {
    }

    record Receive(Line line) implements Op {
    }

    record Adjust(int product, int delta, String reason) implements Op {
    }

    record Count(List<Line> counted) implements Op {
    }

    /** A batch of a good sale and one naming a product that does not exist: the whole commit fails. */
    record FailingSale(List<Line> lines) implements Op {
    }

    /** A receiving and a movement for a product that does not exist, recorded together: both fail. */
    record FailingRecord(Line line) implements Op {
    }

    /** Commits an earlier sale of the same try again, as a till retrying after a lost answer would. */
    record Retry(int sale) implements Op {
    }

    private static Arbitrary<Line> line(int maxQuantity) {
        return Combinators.combine(Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(1, maxQuantity)).as(Line::new);
    }

    private static Arbitrary<List<Line>> saleLines() {
        return line(5).list().ofMinSize(1).ofMaxSize(4);
    }

    private static Arbitrary<Op> validOp() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 999);
        return Arbitraries.frequencyOf(
                Tuple.of(5, saleLines().map(Sell::new)),
                Tuple.of(2, Combinators.combine(index, Arbitraries.integers().between(1, 15))
                        .as(Refund::new)),
                Tuple.of(1, index.map(VoidSale::new)),
                Tuple.of(2, line(500).map(Receive::new)),
                Tuple.of(2, Combinators.combine(index,
                        Arbitraries.integers().between(-50, 50).filter(d -> d != 0),
                        Arbitraries.of("broken", "expired", "tasting", "found behind the counter"))
                        .as(Adjust::new)),
                Tuple.of(1, counts().map(Count::new)));
    }

    private static Arbitrary<List<Line>> counts() {
        return Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 300))
                .as(Line::new).list().ofMinSize(1).ofMaxSize(5);
    }

    private static Arbitrary<Op> failingOp() {
        return Arbitraries.oneOf(saleLines().map(FailingSale::new), line(500).map(FailingRecord::new),
                Arbitraries.integers().between(0, 999).map(Retry::new));
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        return Arbitraries.frequencyOf(Tuple.of(6, validOp()), Tuple.of(1, failingOp()))
                .list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Op>> validOperations() {
        return validOp().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Op> failures() {
        return failingOp();
    }

    @Provide
    Arbitrary<List<Line>> countLines() {
        return counts();
    }

    // ---- running a sequence against the store and against a model ---------------------------------

    /** One try: the sales it committed and what it expects on hand to be. */
    private final class Run {
        final Map<String, Integer> expected = new HashMap<>(store.stock.onHand());
        final List<Sale> sales = new ArrayList<>();
        final Set<String> reversedLines = new HashSet<>();
        final Set<String> voided = new HashSet<>();

        Instant next() {
            return START.plusSeconds(++seconds);
        }

        void apply(Op op) {
            if (op instanceof Sell s) {
                Sale sale = tills.sale(quantities(s.lines()), next());
                store.sales.commit(List.of(sale));
                sales.add(sale);
                move(sale.lines());
            } else if (op instanceof Refund r) {
                refund(r);
            } else if (op instanceof VoidSale v) {
                voidSale(v);
            } else if (op instanceof Receive r) {
                next();
                Product p = trackedProduct(r.line().product());
                service.receive(p.id(), r.line().quantity(), null, staffId);
                expected.merge(p.id(), r.line().quantity(), Integer::sum);
            } else if (op instanceof Adjust a) {
                next();
                Product p = trackedProduct(a.product());
                service.adjust(p.id(), a.delta(), a.reason(), staffId);
                expected.merge(p.id(), a.delta(), Integer::sum);
            } else if (op instanceof Count c) {
                next();
                Map<String, Integer> counted = counted(c.counted());
                service.count(counted, staffId);
                expected.putAll(counted);
            } else if (op instanceof FailingSale f) {
                Sale good = tills.sale(quantities(f.lines()), next());
                Sale bad = tills.sale(Map.of(ghost(), 1), next());
                assertThrows(StoreException.class, () -> store.sales.commit(List.of(good, bad)));
            } else if (op instanceof FailingRecord f) {
                Instant at = next();
                StockMovement good = new StockMovement(ids.next(at), trackedProduct(f.line().product()).id(),
                        MovementKind.RECEIVING, f.line().quantity(), null, null, null, at);
                StockMovement bad = new StockMovement(ids.next(at), ghost().id(), MovementKind.RECEIVING, 1,
                        null, null, null, at);
                assertThrows(StoreException.class, () -> store.stock.record(List.of(good, bad)));
            } else if (op instanceof Retry r) {
                Sale original = earlier(r.sale());
                if (original != null) {
                    assertThrows(StoreException.class, () -> store.sales.commit(List.of(original)));
                }
            } else {
                throw new IllegalArgumentException("unknown operation " + op);
            }
        }

        /** Refunds the picked lines of an earlier sale that were not refunded or voided yet. */
        private void refund(Refund r) {
            Sale original = earlier(r.sale());
            if (original == null || voided.contains(original.id())) {
                return;
            }
            List<SaleLine> lines = new ArrayList<>();
            for (int i = 0; i < original.lines().size(); i++) {
                SaleLine l = original.lines().get(i);
                if ((r.mask() & (1 << i)) != 0 && !reversedLines.contains(l.id())) {
                    lines.add(l);
                }
            }
            if (lines.isEmpty()) {
                return;
            }
            Sale refund = tills.refund(original, lines, next());
            store.sales.commit(List.of(refund));
            lines.forEach(l -> reversedLines.add(l.id()));
            move(refund.lines());
        }

        /** Voids an earlier sale that has no refund and no void yet. */
        private void voidSale(VoidSale v) {
            Sale original = earlier(v.sale());
            if (original == null || voided.contains(original.id())
                    || original.lines().stream().anyMatch(l -> reversedLines.contains(l.id()))) {
                return;
            }
            Sale voiding = tills.voidOf(original, next());
            store.sales.commit(List.of(voiding));
            voided.add(original.id());
            move(voiding.lines());
        }

        private Sale earlier(int index) {
            return sales.isEmpty() ? null : sales.get(index % sales.size());
        }

        /** A sale line of a product that keeps stock takes its quantity off the shelf; others move nothing. */
        private void move(List<SaleLine> lines) {
            for (SaleLine l : lines) {
                if (tracked.stream().anyMatch(p -> p.id().equals(l.productId()))) {
                    expected.merge(l.productId(), -l.quantity(), Integer::sum);
                }
            }
        }
    }

    private Map<Product, Integer> quantities(List<Line> lines) {
        Map<Product, Integer> out = new LinkedHashMap<>();
        for (Line l : lines) {
            out.merge(sellable.get(l.product() % sellable.size()), l.quantity(), Integer::sum);
        }
        return out;
    }

    private Map<String, Integer> counted(List<Line> lines) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Line l : lines) {
            out.put(trackedProduct(l.product()).id(), l.quantity());
        }
        return out;
    }

    private Product trackedProduct(int index) {
        return tracked.get(index % tracked.size());
    }

    /** A product the store has never heard of: writing a line or a movement for it breaks a foreign key. */
    private Product ghost() {
        Product p = tracked.get(0);
        return new Product("no-such-product", "GHOST-1", List.of(), p.categoryId(), "Ghost", null, p.unit(),
                p.priceMinor(), p.costMinor(), p.taxRateBp(), true, null, 0, true);
    }

    private int movementCount() {
        return store.db.read(ctx -> ctx.fetchCount(STOCK_MOVEMENT));
    }

    private String levels() {
        return store.db.read(ctx -> ctx.selectFrom(STOCK_LEVEL).orderBy(STOCK_LEVEL.PRODUCT_ID).fetch().formatCSV());
    }

    // ---- properties --------------------------------------------------------------------------------

    @Property(tries = 40)
    void onHandIsTheSumOfTheLedgerAndOfWhatHappened(@ForAll("operations") List<Op> ops) {
        Run run = new Run();
        for (Op op : ops) {
            run.apply(op);
        }
        assertEquals(List.of(), store.stock.ledgerMismatches());
        assertEquals(run.expected, store.stock.onHand());
    }

    @Property(tries = 30)
    void aCountBooksExactlyTheDifferenceSoOnHandEqualsWhatWasCounted(
            @ForAll("validOperations") List<Op> before, @ForAll("countLines") List<Line> lines) {
        Run run = new Run();
        before.forEach(run::apply);
        Map<String, Integer> counted = counted(lines);
        Map<String, Integer> onHandBefore = store.stock.onHand();
        int movements = movementCount();
        seconds++;

        List<CountLine> result = service.count(counted, staffId);

        int differences = 0;
        for (CountLine line : result) {
            String id = line.product().id();
            assertEquals(onHandBefore.get(id), line.expected());
            assertEquals(counted.get(id), store.stock.onHand(id));
            if (line.difference() != 0) {
                differences++;
                StockMovement booked = store.stock.movements(id, 1).get(0);
                assertEquals(MovementKind.COUNT, booked.kind());
                assertEquals(line.difference(), booked.quantity());
            }
        }
        assertEquals(counted.keySet(), new HashSet<>(result.stream().map(l -> l.product().id()).toList()));
        assertEquals(movements + differences, movementCount());
        assertEquals(List.of(), store.stock.ledgerMismatches());
    }

    @Property(tries = 30)
    void aFailedTransactionMovesNothing(@ForAll("validOperations") List<Op> before, @ForAll("failures") Op failure) {
        Run run = new Run();
        before.forEach(run::apply);
        String levels = levels();
        int movements = movementCount();

        run.apply(failure);

        assertEquals(levels, levels());
        assertEquals(movements, movementCount());
    }
}
