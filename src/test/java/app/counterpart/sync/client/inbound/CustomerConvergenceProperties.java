package app.counterpart.sync.client.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpart.core.customers.Customer;
import app.counterpart.sync.protocol.Messages.Change;
import app.counterpart.testing.DemoFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Two devices edit one customer offline, now and then pulling what the other pushed, pages arriving in
 * any order: in the end both hold the same customer, and each field holds the value of its edit with
 * the highest HLC stamp.
 */
class CustomerConvergenceProperties {

    private static final List<String> FIELDS = List.of("name", "gender", "birthday", "tags", "consent");

    /** An edit of one field on one device after its clock moved on, or (field null) a pull by that device. */
    record Step(boolean onA, String field, int value, int millis) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> field = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(FIELDS)), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        return Combinators.combine(Arbitraries.of(true, false), field, Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 1500)).as(Step::new).list().ofMinSize(1).ofMaxSize(8);
    }

    private static Path dir;
    private static TwoDevices shop;
    private static int tried;

    /** One pair of devices for every try; each try edits a customer of its own, so tries do not meet. */
    private static synchronized TwoDevices shop() throws IOException {
        if (shop == null) {
            dir = Files.createTempDirectory("convergence");
            shop = new TwoDevices(dir, Instant.parse("2026-11-28T04:00:00Z"));
        }
        return shop;
    }

    @AfterContainer
    static void removeShop() throws IOException {
        if (shop != null) {
            shop.close();
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 12)
    void editsOfOneCustomerConvergeOnTheNewestStampPerField(@ForAll("steps") List<Step> steps, @ForAll Random random)
            throws IOException {
        TwoDevices shop = shop();
        // B's clock is behind: the stamps, not the wall clocks, must decide.
        shop.clockB.set(shop.clockA.instant().minusSeconds(2));
        String id = shop.a.customers.customers().stream().map(Customer::id).sorted().toList().get(tried++ % 30);
        StoreChangeApplier onA = new StoreChangeApplier(shop.a.db, shop.clockA);
        StoreChangeApplier onB = new StoreChangeApplier(shop.b.db, shop.clockB);
        List<Change> all = new ArrayList<>();
        for (Step s : steps) {
            DemoFixture device = s.onA() ? shop.a : shop.b;
            (s.onA() ? shop.clockA : shop.clockB).advance(Duration.ofMillis(s.millis()));
            if (s.field() == null) {
                pull(shop, s.onA() ? onA : onB, s.onA() ? shop.b : shop.a, all, random);
            } else {
                Customer before = device.customers.byId(id).orElseThrow();
                device.profiles.save(before, edited(before, s.field(), s.value()), null);
            }
        }
        pull(shop, onA, shop.b, all, random);
        pull(shop, onB, shop.a, all, random);

        Customer onDeviceA = shop.a.customers.byId(id).orElseThrow();
        assertEquals(onDeviceA, shop.b.customers.byId(id).orElseThrow());
        Map<String, Change> newest = new HashMap<>();
        for (Change c : all) {
            for (String f : FIELDS) {
                if (c.data().get("fields").has(f) && (!newest.containsKey(f)
                        || c.hlc().compareTo(newest.get(f).hlc()) > 0)) {
                    newest.put(f, c);
                }
            }
        }
        newest.forEach((f, c) -> {
            JsonNode v = c.data().get("fields").get(f);
            assertEquals(v.isNull() ? null : v.asText(), text(onDeviceA, f), f);
        });
    }

    /** {@code from}'s queue, pulled in a random order (the policy must not care) and applied. */
    private static void pull(TwoDevices shop, StoreChangeApplier applier, DemoFixture from, List<Change> all,
            Random random) {
        List<Change> page = new ArrayList<>(shop.pushed(from));
        all.addAll(page);
        Collections.shuffle(page, random);
        applier.apply(page, 0);
    }

    private static Customer edited(Customer c, String field, int v) {
        return new Customer(c.id(), c.phone(), field.equals("name") ? "Name " + v : c.name(),
                field.equals("gender") ? (v % 3 == 0 ? null : v % 3 == 1 ? "F" : "M") : c.gender(),
                field.equals("birthday") ? (v % 4 == 0 ? null : LocalDate.of(1970 + v % 30, 1 + v % 12, 1 + v % 28))
                        : c.birthday(),
                field.equals("tags") ? (v % 3 == 0 ? Set.of() : Set.of("t" + v % 5, "u" + v % 2)) : c.tags(),
                c.referredBy(), field.equals("consent") ? v % 2 == 0 : c.consent(), c.joinedOn());
    }

    /** A field as a profile edit's payload writes it. */
    private static String text(Customer c, String field) {
        return switch (field) {
            case "name" -> c.name();
            case "gender" -> c.gender();
            case "birthday" -> c.birthday() == null ? null : c.birthday().toString();
            case "tags" -> c.tags().isEmpty() ? null : String.join("|", new TreeSet<>(c.tags()));
            default -> String.valueOf(c.consent());
        };
    }
}
