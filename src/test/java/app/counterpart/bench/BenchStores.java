package app.counterpart.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;

/** Shared settings and clean-up for the benchmarks' stores (see {@link CachedStores}). */
final class BenchStores {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    private BenchStores() {
    }

    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
