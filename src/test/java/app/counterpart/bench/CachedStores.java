package app.counterpart.bench;

import app.counterpart.core.demo.DemoInstaller;
import app.counterpart.core.demo.DemoSalesGenerator;
import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * Large demo stores take minutes to build (scale 12 is about 1,000,000 sale lines), so each size is
 * built once into target/bench-stores and reused by every read-only benchmark of the run and later runs.
 */
final class CachedStores {

    private CachedStores() {
    }

    static synchronized Path demo(double scale) throws IOException {
        Path dir = Path.of("target", "bench-stores", "demo-scale-" + scale + "-seed-" + DemoFixture.SEED + "-until-"
                + BenchStores.UNTIL);
        Path done = dir.resolve("complete");
        if (Files.exists(done)) {
            return dir;
        }
        if (Files.exists(dir)) {
            BenchStores.delete(dir);
        }
        long started = System.nanoTime();
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            new DemoInstaller(store.shops, store.catalog, store.customers, store.staff, store.sales,
                    store.stock, store.timeline, store.care, store.incentives).install(
                    DemoFixture.demoShop(),
                    new DemoSalesGenerator.Options(BenchStores.UNTIL, 365, scale, DemoFixture.SEED, null), p -> { });
            System.out.printf("built a demo store at scale %s: %d sale lines in %.1f s%n", scale,
                    store.sales.saleLineCount(), (System.nanoTime() - started) / 1e9);
        }
        Files.writeString(done, "ok");
        return dir;
    }

    /** Opens a cached store for reading. */
    static DemoFixture open(double scale) throws IOException {
        return new DemoFixture(demo(scale), Clock.systemUTC());
    }

    /**
     * A private copy of a cached store, for benchmarks that write. The copy is forced to disk before it
     * opens: otherwise the kernel writes a gigabyte of it back during the first seconds of measurement,
     * and every commit's fsync queues behind that.
     */
    static DemoFixture copy(double scale, Path target) throws IOException {
        Path file = target.resolve(Database.FILE_NAME);
        Files.copy(demo(scale).resolve(Database.FILE_NAME), file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return new DemoFixture(target, Clock.systemUTC());
    }
}
