package app.counterpart.bench;

import app.counterpart.testing.DemoFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

/** Demo stores of a chosen size for benchmarks, in a temporary folder removed afterwards. */
final class BenchStores {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    private BenchStores() {
    }

    static DemoFixture demo(Path dir, double scale) {
        DemoFixture store = new DemoFixture(dir, Clock.systemUTC());
        new app.counterpart.core.demo.DemoInstaller(store.shops, store.catalog, store.customers, store.staff,
                store.sales, store.stock).install(DemoFixture.demoShop(),
                new app.counterpart.core.demo.DemoSalesGenerator.Options(UNTIL, 365, scale, DemoFixture.SEED, null),
                p -> { });
        return store;
    }

    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
