package app.counterpart.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.app.Launcher;
import app.counterpart.core.sales.Sale;
import app.counterpart.sync.e2e.FaultProxy.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code counterpart sync} of a large backlog runs as a real process and is killed with SIGKILL after
 * head office has taken some of its pages but not all; the next {@code sync} finishes the job with
 * nothing lost and nothing counted twice.
 */
class KillMidUploadTest {

    private static final int BACKLOG = 2_500;
    private static final String SHOP = "Night Market";

    @TempDir
    Path work;

    @Test
    void syncKilledMidUploadLosesAndDoublesNothing() throws Exception {
        Path shop = Files.createDirectories(work.resolve("shop"));
        Till.createShop(shop);
        Path tillDir = work.resolve("t1");
        List<Sale> made;
        try (HeadOffice hq = HeadOffice.sqlite(Files.createDirectories(work.resolve("hq")));
             // Every request waits a little on the way, so the upload takes long enough to be caught in the middle.
             FaultProxy slow = FaultProxy.start(hq.uri(), 1, Map.of(Fault.DELAY, 1.0))) {
            try (Till till = Till.copyOf(shop, tillDir)) {
                till.enrol(slow.uri(), hq.enrolCode(SHOP));
                made = till.sellBacklog(new Random(9), BACKLOG, Instant.now(), 10);
            }

            Process first = sync(tillDir, tillDir.resolve("first-sync.out"));
            long atKill;
            while (true) {
                long taken = hq.days(SHOP).values().stream().mapToLong(d -> d.get(0)).sum();
                if (taken > 0 && taken < BACKLOG / 2) {
                    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    first.waitFor();
                    atKill = hq.days(SHOP).values().stream().mapToLong(d -> d.get(0)).sum();
                    break;
                }
                assertTrue(first.isAlive(), "the first sync ended before it could be killed mid-upload (exit "
                        + (first.isAlive() ? "" : first.exitValue()) + ")");
                Thread.sleep(5);
            }
            assertTrue(atKill > 0 && atKill < BACKLOG, "killed with " + atKill + " of " + BACKLOG + " sales at head office");

            Path output = tillDir.resolve("second-sync.out");
            Process second = sync(tillDir, output);
            assertTrue(second.waitFor(5, TimeUnit.MINUTES), "the second sync should end");
            assertEquals(0, second.exitValue(), Files.readString(output));

            Set<String> ids = made.stream().map(Sale::id).collect(Collectors.toCollection(TreeSet::new));
            try (Till till = Till.open(tillDir)) {
                assertEquals(ids, till.saleIds());
                assertEquals(0, till.outboxRows(), "every change acknowledged and gone from the queue");
                LocalDate from = LocalDate.now().minusDays(12);
                LocalDate to = LocalDate.now().plusDays(1);
                assertEquals(Till.expectedDays(made), hq.days(SHOP), "head office holds each sale exactly once");
                assertEquals(Till.expectedDays(made), till.reportByDay(from, to));
            }
        }
    }

    /** {@code counterpart --data-dir DIR sync} in a JVM of its own, on the test's class path. */
    private static Process sync(Path dataDir, Path output) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--data-dir", dataDir.toString(), "sync"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }
}
