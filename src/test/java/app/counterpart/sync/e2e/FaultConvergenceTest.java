package app.counterpart.sync.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two devices of one shop sync with a head office on SQLite through a network that drops, repeats,
 * reorders, delays and cuts requests: every sale reaches head office exactly once, head office's
 * report equals each device's own report per business day to the cent, both devices hold the same
 * sales and customers, and a refused edit is kept on both sides. 50 seeds in the normal build, 1,000
 * under {@code -Psoak}; one seed again with {@code -Dsync.fault.seed=S -Dsync.fault.runs=1}.
 */
class FaultConvergenceTest {

    @TempDir
    static Path shop;

    @BeforeAll
    static void createShop() {
        Till.createShop(shop);
    }

    static LongStream seeds() {
        long first = Long.getLong("sync.fault.seed", 1L);
        return LongStream.range(first, first + Integer.getInteger("sync.fault.runs", 50));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void devicesAndHeadOfficeConvergeDespiteFaults(long seed, @TempDir Path work) throws Exception {
        Path hq = Files.createDirectories(work.resolve("hq"));
        FaultScenario.run(seed, shop, work, () -> HeadOffice.sqlite(hq));
    }
}
