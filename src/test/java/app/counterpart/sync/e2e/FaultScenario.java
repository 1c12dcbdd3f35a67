package app.counterpart.sync.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.sales.Sale;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One seeded run of two devices of one shop selling, refunding and editing customers while syncing
 * through a {@link FaultProxy}, then syncing until each finishes; afterwards head office and both
 * devices must agree to the cent. Everything random comes from the seed, so a failure names the seed
 * that replays it.
 */
final class FaultScenario {

    /** Chance of each fault per request; four of the seven make a cycle fail, so about one request in six does. */
    static final double FAULT_PROBABILITY = 0.04;
    /** Generous: a cycle of four requests finishes about half the time at these odds. */
    private static final int ATTEMPTS = 200;

    private FaultScenario() {
    }

    /**
     * @param shopTemplate a closed folder holding a new shop's first till (see {@link Till#createShop})
     * @param work         an empty folder for this run's two devices
     * @param headOffice   makes this run's own head office
     */
    static void run(long seed, Path shopTemplate, Path work, Supplier<HeadOffice> headOffice) throws Exception {
        Random rnd = new Random(seed);
        String shop = "Shop " + seed;
        try (HeadOffice hq = headOffice.get();
             FaultProxy proxy = FaultProxy.start(hq.uri(), seed, FaultProxy.each(FAULT_PROBABILITY));
             Till t1 = Till.copyOf(shopTemplate, work.resolve("t1"));
             Till t2 = Till.newDeviceFrom(shopTemplate, work.resolve("t2"), "T2")) {
            try {
                play(rnd, shop, hq, proxy, t1, t2);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " failed (faults " + proxy.summary() + "): " + e.getMessage(),
                        e);
            }
        }
    }

    private static void play(Random rnd, String shop, HeadOffice hq, FaultProxy proxy, Till t1, Till t2)
            throws Exception {
        t1.enrolDespiteFaults(proxy.uri(), hq.enrolCode(shop), ATTEMPTS);
        t2.enrolDespiteFaults(proxy.uri(), hq.enrolCode(shop), ATTEMPTS);

        List<Sale> made = new ArrayList<>();
        List<List<Sale>> refundable = List.of(new ArrayList<>(), new ArrayList<>());
        List<String> customers = t1.customerIds();
        Instant now = Instant.now();
        int steps = 8 + rnd.nextInt(18);
        for (int i = 0; i < steps; i++) {
            int which = rnd.nextInt(2);
            Till till = which == 0 ? t1 : t2;
            // Sales over the last three days, so head office and the devices compare several business days.
            Instant at = now.minusSeconds(rnd.nextInt(3 * 24 * 3600));
            double r = rnd.nextDouble();
            if (r < 0.55) {
                Sale sale = till.sell(rnd, at);
                made.add(sale);
                refundable.get(which).add(sale);
            } else if (r < 0.65 && !refundable.get(which).isEmpty()) {
                List<Sale> own = refundable.get(which);
                Sale original = own.remove(rnd.nextInt(own.size()));
                made.add(till.refund(rnd, original, original.createdAt().plusSeconds(60)));
            } else if (r < 0.85) {
                String id = customers.get(rnd.nextInt(customers.size()));
                int field = rnd.nextInt(2);
                String name = "Name " + Long.toHexString(rnd.nextLong());
                LocalDate birthday = LocalDate.of(1950 + rnd.nextInt(50), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                till.editCustomer(id, c -> field == 0 ? withName(c, name) : withBirthday(c, birthday));
            } else {
                till.sync(); // may fail: the proxy is at work
            }
        }
        // T2's clock jumps an hour ahead for one edit: head office must refuse it (clock_ahead), not drop it.
        String ahead = customers.get(rnd.nextInt(customers.size()));
        t2.editCustomer(ahead, c -> withName(c, "From the future"), Till.hourAhead());

        // T1 sends everything, T2 sends and receives everything, T1 receives T2's.
        t1.syncDespiteFaults(ATTEMPTS);
        t2.syncDespiteFaults(ATTEMPTS);
        t1.syncDespiteFaults(ATTEMPTS);

        Set<String> ids = made.stream().map(Sale::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ids, t1.saleIds(), "T1 holds every sale of the shop once");
        assertEquals(ids, t2.saleIds(), "T2 holds every sale of the shop once");
        assertEquals(0, t1.outboxRows(), "T1's queue is empty");
        assertEquals(0, t2.outboxRows(), "T2's queue is empty");

        Map<String, List<Long>> expected = Till.expectedDays(made);
        LocalDate from = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(5);
        LocalDate to = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(2);
        assertEquals(expected, hq.days(shop), "head office's report: each sale counted exactly once");
        assertEquals(expected, t1.reportByDay(from, to), "T1's own report by day");
        assertEquals(expected, t2.reportByDay(from, to), "T2's own report by day");

        assertTrue(t2.rejectedOut().getOrDefault(ahead, "").contains("clock_ahead"),
                "T2 keeps the refused edit: " + t2.rejectedOut());
        assertEquals(Map.of(), t1.rejectedOut(), "T1 sent nothing head office refused");
        for (Till t : List.of(t1, t2)) {
            JsonNode rejected = hq.get("/v1/shop/rejected", t.token());
            boolean listed = false;
            for (JsonNode item : rejected) {
                listed |= item.path("entity_id").asText().equals(ahead)
                        && item.path("reason").asText().contains("clock_ahead");
            }
            assertTrue(listed, "head office lists the refused edit to the shop's devices: " + rejected);
        }
        assertEquals(Map.of(), t1.rejectedIn(), "T1 applied every change it pulled");
        assertEquals(Map.of(), t2.rejectedIn(), "T2 applied every change it pulled");

        // Customers agree field by field, but for the one whose edit only T2 has (head office refused it).
        Map<String, Customer> c1 = t1.customers();
        Map<String, Customer> c2 = t2.customers();
        c1.remove(ahead);
        c2.remove(ahead);
        assertEquals(c1, c2, "both devices hold the same customers");
    }

    static Customer withName(Customer c, String name) {
        return new Customer(c.id(), c.phone(), name, c.gender(), c.birthday(), c.tags(), c.referredBy(), c.consent(),
                c.joinedOn());
    }

    static Customer withBirthday(Customer c, LocalDate birthday) {
        return new Customer(c.id(), c.phone(), c.name(), c.gender(), birthday, c.tags(), c.referredBy(), c.consent(),
                c.joinedOn());
    }
}
