package app.counterpart.sync.e2e;

import app.counterpart.app.CounterpartCli;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.demo.DemoShop;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.shop.Device;
import app.counterpart.store.Database;
import app.counterpart.store.customers.JooqProfileRepository;
import app.counterpart.sync.client.SyncEngine;
import app.counterpart.sync.client.SyncException;
import app.counterpart.sync.client.inbound.StoreChangeApplier;
import app.counterpart.sync.protocol.Wire;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.TestSales;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * One device of a shop in the sync end-to-end tests: a real store in a folder, written to the way a
 * till writes (sales, refunds, customer edits, each with its outbox row), synced by the real engine,
 * and read back through SQL and the real {@code report} command.
 */
final class Till implements AutoCloseable {

    static final int PRODUCTS = 12;
    static final int CUSTOMERS = 20;

    final Path dir;
    final DemoFixture store;
    private final Clock clock = Clock.systemUTC();
    private final SyncEngine engine;
    private final TestSales sales;
    private final List<Product> products;
    private final String staffId;

    private Till(Path dir) {
        this.dir = dir;
        this.store = new DemoFixture(dir, clock);
        this.engine = new SyncEngine(store.db, new StoreChangeApplier(store.db, clock), new EventBus(e -> { }), clock);
        this.sales = new TestSales(store);
        this.products = store.catalog.products();
        this.staffId = store.staff.staff().get(0).id();
    }

    /** Writes a new shop's first till (T1) into {@code dir}: the demo shop's catalog, staff and customers, no history. */
    static void createShop(Path dir) {
        try (DemoFixture s = new DemoFixture(dir, Clock.systemUTC())) {
            DemoShop demo = DemoFixture.demoShop();
            s.shops.create(demo.shop(), new Device(IdGenerator.secure(Clock.systemUTC()).next(), "T1", "Till 1"));
            s.catalog.addAll(demo.categories(), demo.products().subList(0, PRODUCTS));
            s.staff.addAll(demo.staff());
            s.customers.addAll(demo.customers().subList(0, CUSTOMERS));
        }
    }

    /** Opens the till whose store is in {@code dir}. */
    static Till open(Path dir) {
        return new Till(dir);
    }

    /** A copy of a closed shop folder, opened as the same device. */
    static Till copyOf(Path shopDir, Path dir) {
        copyStore(shopDir, dir);
        return new Till(dir);
    }

    /** A copy of a closed shop folder that becomes a new device of the same shop (ADR 0026). */
    static Till newDeviceFrom(Path shopDir, Path dir, String code) {
        copyStore(shopDir, dir);
        try (DemoFixture s = new DemoFixture(dir, Clock.systemUTC())) {
            s.shops.becomeNewDevice(new Device(IdGenerator.secure(Clock.systemUTC()).next(), code, "Till " + code));
        }
        return new Till(dir);
    }

    private static void copyStore(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (var files = Files.list(from)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith(Database.FILE_NAME)).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- sync ------------------------------------------------------------------------------------

    void enrol(URI hq, String code) throws SyncException {
        engine.enrol(hq, code);
    }

    /** Enrols, trying again while the network loses the request or its answer. */
    void enrolDespiteFaults(URI hq, String code, int attempts) {
        SyncException last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                engine.enrol(hq, code);
                return;
            } catch (SyncException e) {
                last = e;
            }
        }
        throw new AssertionError(dir.getFileName() + " could not enrol in " + attempts + " attempts", last);
    }

    /** One cycle, as {@code counterpart sync} runs it: true when everything was sent and received. */
    boolean sync() {
        return engine.cycle().ok();
    }

    /** Cycles until one finishes; returns how many it took. */
    int syncDespiteFaults(int attempts) {
        String error = null;
        for (int i = 1; i <= attempts; i++) {
            SyncEngine.Cycle cycle = engine.cycle();
            if (cycle.ok()) {
                return i;
            }
            error = cycle.error();
        }
        throw new AssertionError(dir.getFileName() + " did not finish a sync in " + attempts + " attempts; last: "
                + error);
    }

    // ---- writes ----------------------------------------------------------------------------------

    /** A sale of one to four random products, one to three of each. */
    Sale sell(Random rnd, Instant at) {
        Map<Product, Integer> quantities = new LinkedHashMap<>();
        int n = 1 + rnd.nextInt(4);
        while (quantities.size() < n) {
            quantities.put(products.get(rnd.nextInt(products.size())), 1 + rnd.nextInt(3));
        }
        Sale sale = sales.sale(quantities, at);
        store.sales.commit(List.of(sale));
        return sale;
    }

    /** {@code count} sales spread over the days before {@code until}, committed in batches as a busy till's backlog. */
    List<Sale> sellBacklog(Random rnd, int count, Instant until, int days) {
        List<Sale> all = new ArrayList<>();
        List<Sale> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<Product, Integer> quantities = new LinkedHashMap<>();
            int n = 1 + rnd.nextInt(7);
            while (quantities.size() < n) {
                quantities.put(products.get(rnd.nextInt(products.size())), 1 + rnd.nextInt(3));
            }
            batch.add(sales.sale(quantities, until.minusSeconds(rnd.nextInt(days * 24 * 3600))));
            if (batch.size() == 500) {
                store.sales.commit(batch);
                all.addAll(batch);
                batch = new ArrayList<>();
            }
        }
        store.sales.commit(batch);
        all.addAll(batch);
        return all;
    }

    /** Refunds some lines of a sale this till made (each sale at most once: the store refuses more). */
    Sale refund(Random rnd, Sale original, Instant at) {
        List<SaleLine> lines = new ArrayList<>(original.lines());
        int keep = 1 + rnd.nextInt(lines.size());
        while (lines.size() > keep) {
            lines.remove(rnd.nextInt(lines.size()));
        }
        Sale refund = sales.refund(original, lines, at);
        store.sales.commit(List.of(refund));
        return refund;
    }

    /** Edits a customer as the profile screen does (one outbox row with the fields changed). */
    Customer editCustomer(String customerId, UnaryOperator<Customer> edit) {
        return editCustomer(customerId, edit, store.clock);
    }

    /** The same on a device whose clock reads {@code clock} (for example one set an hour ahead). */
    Customer editCustomer(String customerId, UnaryOperator<Customer> edit, Clock clock) {
        Customer before = store.customers.byId(customerId).orElseThrow();
        Customer after = edit.apply(before);
        new JooqProfileRepository(store.db, clock).save(before, after, staffId);
        return after;
    }

    List<String> customerIds() {
        return store.customers.customers().stream().map(Customer::id).sorted().toList();
    }

    // ---- reads -----------------------------------------------------------------------------------

    Set<String> saleIds() {
        List<String> ids = store.db.read(ctx -> ctx.fetch("SELECT id FROM sale").getValues(0, String.class));
        return new TreeSet<>(ids);
    }

    long outboxRows() {
        return store.db.read(ctx -> ctx.fetchOne("SELECT count(*) FROM outbox").get(0, Long.class));
    }

    Map<String, Customer> customers() {
        Map<String, Customer> out = new TreeMap<>();
        store.customers.customers().forEach(c -> out.put(c.id(), c));
        return out;
    }

    /** Mutations of this device head office refused, as the device keeps them: entity id to reason. */
    Map<String, String> rejectedOut() {
        Map<String, String> out = new TreeMap<>();
        store.db.read(ctx -> ctx.fetch("SELECT entity_id, reason FROM sync_rejected WHERE direction = 'out'"))
                .forEach(r -> out.put(r.get(0, String.class), r.get(1, String.class)));
        return out;
    }

    /** Changes this device pulled and could not apply: cursor to reason. */
    Map<Long, String> rejectedIn() {
        Map<Long, String> out = new TreeMap<>();
        store.db.read(ctx -> ctx.fetch("SELECT ref, reason FROM sync_rejected WHERE direction = 'in'"))
                .forEach(r -> out.put(r.get(0, Long.class), r.get(1, String.class)));
        return out;
    }

    String token() {
        return store.db.read(ctx -> ctx.fetchOne("SELECT device_token FROM sync_state").get(0, String.class));
    }

    /**
     * The device's own {@code counterpart report --by day --format json} over the days given: day to
     * [sales, revenue_minor], leaving out days that net to nothing.
     */
    Map<String, List<Long>> reportByDay(LocalDate from, LocalDate to) {
        CounterpartCli.Run run = CounterpartCli.run("--data-dir", dir.toString(), "report", "--from", from.toString(),
                "--to", to.toString(), "--by", "day", "--format", "json");
        if (run.exit() != 0) {
            throw new AssertionError("report failed: " + run.err());
        }
        Map<String, List<Long>> out = new TreeMap<>();
        try {
            for (JsonNode day : Wire.JSON.readTree(run.out())) {
                long count = day.get("sales").asLong();
                long revenue = day.get("revenue_minor").asLong();
                if (count != 0 || revenue != 0) {
                    out.put(day.get("day").asText(), List.of(count, revenue));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** What a report by day must say for these sales, counted as the store counts (a void takes a sale back). */
    static Map<String, List<Long>> expectedDays(List<Sale> sales) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Sale s : sales) {
            long[] d = sums.computeIfAbsent(s.businessDay().toString(), k -> new long[2]);
            d[0] += s.kind() == SaleKind.SALE ? 1 : s.kind() == SaleKind.VOID ? -1 : 0;
            d[1] += s.totalMinor();
        }
        Map<String, List<Long>> out = new TreeMap<>();
        sums.forEach((day, d) -> {
            if (d[0] != 0 || d[1] != 0) {
                out.put(day, List.of(d[0], d[1]));
            }
        });
        return out;
    }

    /** A clock an hour ahead of the real one: a till whose clock was set wrong. */
    static Clock hourAhead() {
        return Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
    }

    @Override
    public void close() {
        store.close();
    }
}
