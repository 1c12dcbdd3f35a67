package app.counterpart.sync.e2e;

import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault runs of {@link FaultConvergenceTest} against head office on PostgreSQL, its production
 * database: a few seeds in the normal build (a fresh database each), 100 under {@code -Psoak}.
 */
class HqPostgresTest {

    @TempDir
    static Path shop;

    @BeforeAll
    static void createShop() {
        Till.createShop(shop);
    }

    static LongStream seeds() {
        long first = Long.getLong("sync.fault.seed", 1_000_001L);
        return LongStream.range(first, first + Integer.getInteger("sync.fault.pg.runs", 5));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void devicesAndHeadOfficeOnPostgresConvergeDespiteFaults(long seed, @TempDir Path work) throws Exception {
        FaultScenario.run(seed, shop, work, HeadOffice::postgres);
    }
}
