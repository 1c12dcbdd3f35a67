package app.counterpart.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpart.app.CounterpartCli;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.sales.Sale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two tills of one shop sell and edit the same customers while offline, then sync with the real
 * commands, twice each: both end with every sale once, and each customer field holds the edit with
 * the later hybrid-clock stamp, whatever order the edits reached head office in.
 */
class TwoDevicesOfflineTest {

    @TempDir
    Path work;

    @Test
    void offlineSalesAndCustomerEditsMergeOnBothDevices() throws Exception {
        Path shop = Files.createDirectories(work.resolve("shop"));
        Till.createShop(shop);
        Random rnd = new Random(26);
        try (HeadOffice hq = HeadOffice.sqlite(Files.createDirectories(work.resolve("hq")));
             Till t1 = Till.copyOf(shop, work.resolve("t1"));
             Till t2 = Till.newDeviceFrom(shop, work.resolve("t2"), "T2")) {
            cli(t1, "enrol", "--url", hq.uri().toString(), "--code", hq.enrolCode("Harbour Bakery"));
            cli(t2, "enrol", "--url", hq.uri().toString(), "--code", hq.enrolCode("Harbour Bakery"));

            Instant now = Instant.now();
            List<Sale> made = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                made.add(t1.sell(rnd, now.minus(Duration.ofHours(i * 7L))));
                made.add(t2.sell(rnd, now.minus(Duration.ofHours(i * 5L + 1))));
            }
            made.add(t1.refund(rnd, made.get(0), now));

            // T1's clock runs ten minutes behind, T2's two minutes ahead (within what head office accepts).
            Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
            Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
            List<String> ids = t1.customerIds();
            String both = ids.get(0);
            String contested = ids.get(1);
            LocalDate birthday = LocalDate.of(1984, 2, 29);
            // Different fields of one customer: both edits survive.
            t1.editCustomer(both, c -> FaultScenario.withName(c, "Name from T1"), behind);
            t2.editCustomer(both, c -> FaultScenario.withBirthday(c, birthday), ahead);
            // The same field: T2's edit is earlier in real time but carries the later stamp, so it wins.
            t2.editCustomer(contested, c -> FaultScenario.withName(c, "Name from T2"), ahead);
            t1.editCustomer(contested, c -> FaultScenario.withName(c, "Name from T1, later but stamped earlier"),
                    behind);
            Customer expectedBoth = FaultScenario.withBirthday(
                    FaultScenario.withName(t1.customers().get(both), "Name from T1"), birthday);
            Customer expectedContested = FaultScenario.withName(t2.customers().get(contested), "Name from T2");

            // T2 first, so the losing edit reaches head office last.
            for (int round = 0; round < 2; round++) {
                cli(t2, "sync");
                cli(t1, "sync");
            }
            cli(t2, "sync");

            Set<String> saleIds = made.stream().map(Sale::id).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(saleIds, t1.saleIds());
            assertEquals(saleIds, t2.saleIds());
            for (Till t : List.of(t1, t2)) {
                assertEquals(expectedBoth, t.customers().get(both), "different fields merge on " + t.dir);
                assertEquals(expectedContested, t.customers().get(contested), "the later stamp wins on " + t.dir);
            }
            assertEquals(t1.customers(), t2.customers());
            LocalDate from = LocalDate.now().minusDays(3);
            LocalDate to = LocalDate.now().plusDays(1);
            assertEquals(Till.expectedDays(made), hq.days("Harbour Bakery"));
            assertEquals(Till.expectedDays(made), t1.reportByDay(from, to));
            assertEquals(Till.expectedDays(made), t2.reportByDay(from, to));
        }
    }

    private static void cli(Till till, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = till.dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CounterpartCli.Run run = CounterpartCli.run(all);
        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
    }
}
