package app.counterpart.bench;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.demo.DemoShop;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.shop.Device;
import app.counterpart.hq.HqServer;
import app.counterpart.hq.HqStore;
import app.counterpart.store.Database;
import app.counterpart.sync.client.SyncEngine;
import app.counterpart.sync.client.inbound.StoreChangeApplier;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.Postgres;
import app.counterpart.testing.TestSales;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stores and head offices for the sync benchmarks. A shop's offline backlog takes a while to build, so
 * each is built once into target/bench-stores and copied for every iteration (an upload empties the
 * copy's queue).
 */
final class SyncBench {

    /** The backlog's days end here; its sales lie in the 30 days before. */
    static final Instant UNTIL = BenchStores.UNTIL.atStartOfDay(ZoneOffset.UTC).toInstant();

    private SyncBench() {
    }

    /**
     * A shop (the demo catalog, staff and customers) whose till {@code code} sold {@code sales} sales
     * of one to seven lines (four on average) over {@code days} days and never synced.
     */
    static synchronized Path backlog(String code, int sales, int days) throws IOException {
        Path dir = Path.of("target", "bench-stores", "sync-backlog-" + code + "-" + sales + "-" + days + "-until-"
                + BenchStores.UNTIL);
        Path done = dir.resolve("complete");
        if (Files.exists(done)) {
            return dir;
        }
        if (Files.exists(dir)) {
            BenchStores.delete(dir);
        }
        long started = System.nanoTime();
        Random rnd = new Random(DemoFixture.SEED + code.hashCode());
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            DemoShop demo = DemoFixture.demoShop();
            // Its own device id per backlog: head office knows each device once.
            store.shops.create(demo.shop(), new Device(IdGenerator.secure(Clock.systemUTC()).next(), code,
                    "Till " + code));
            store.catalog.addAll(demo.categories(), demo.products());
            store.staff.addAll(demo.staff());
            store.customers.addAll(demo.customers());
            TestSales till = new TestSales(store);
            List<Product> products = demo.products();
            List<Sale> batch = new ArrayList<>();
            for (int i = 0; i < sales; i++) {
                Map<Product, Integer> quantities = new LinkedHashMap<>();
                int lines = 1 + rnd.nextInt(7);
                while (quantities.size() < lines) {
                    quantities.put(products.get(rnd.nextInt(products.size())), 1 + rnd.nextInt(3));
                }
                batch.add(till.sale(quantities, UNTIL.minusSeconds(rnd.nextInt(days * 24 * 3600))));
                if (batch.size() == 500) {
                    store.sales.commit(batch);
                    batch = new ArrayList<>();
                }
            }
            store.sales.commit(batch);
            System.out.printf("built a sync backlog %s: %d sales, %d lines in %.1f s%n", code, sales,
                    store.sales.saleLineCount(), (System.nanoTime() - started) / 1e9);
        }
        Files.writeString(done, "ok");
        return dir;
    }

    /** A private copy of a backlog, forced to disk so the kernel's write-back does not land in the timing. */
    static Path copy(Path backlog, Path target) throws IOException {
        Files.createDirectories(target);
        Path file = target.resolve(Database.FILE_NAME);
        Files.copy(backlog.resolve(Database.FILE_NAME), file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return target;
    }

    /** Head office on a loopback port over a new SQLite file in {@code dir} or a new PostgreSQL database. */
    static HeadOffice headOffice(String database, Path dir) {
        String url = switch (database) {
            case "sqlite" -> "jdbc:sqlite:" + dir.resolve("hq.db");
            case "postgresql" -> Postgres.freshDatabaseUrl();
            default -> throw new IllegalArgumentException("sqlite or postgresql, not " + database);
        };
        HqStore store = HqStore.open(url);
        return new HeadOffice(store, HqServer.start(store, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                null));
    }

    record HeadOffice(HqStore store, HqServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    /** A till's store with its sync engine, enrolled with head office for the shop named. */
    record Till(DemoFixture store, SyncEngine engine) implements AutoCloseable {

        static Till enrolled(Path dir, HeadOffice hq, String shop) throws Exception {
            Clock clock = Clock.systemUTC();
            DemoFixture store = new DemoFixture(dir, clock);
            SyncEngine engine = new SyncEngine(store.db, new StoreChangeApplier(store.db, clock),
                    new EventBus(e -> { }), clock);
            engine.enrol(hq.server().uri(), hq.store().newEnrolCode(shop));
            return new Till(store, engine);
        }

        /** One cycle that must finish: on loopback with nothing in the way, anything else is a bug. */
        int upload() {
            SyncEngine.Cycle cycle = engine.cycle();
            if (!cycle.ok() || cycle.status().pending() != 0) {
                throw new IllegalStateException("the backlog did not upload: " + cycle.error());
            }
            return cycle.sent();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
