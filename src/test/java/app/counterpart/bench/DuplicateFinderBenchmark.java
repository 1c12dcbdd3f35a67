package app.counterpart.bench;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.merge.DuplicateFinder;
import app.counterpart.core.customers.merge.DuplicatePair;
import app.counterpart.core.customers.merge.PhoneKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Looking for duplicates over the whole customer list (the Duplicates tab, each time it opens): 100,000
 * generated customers plus one planted duplicate per thousand of each kind (the number with the country
 * code, the number typed into a name, the same name and birthday, a number held back from another device).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class DuplicateFinderBenchmark {

    @Param({"100000"})
    public int customers;

    private List<Customer> list;
    private Map<String, String> held;
    private final DuplicateFinder finder = new DuplicateFinder(new PhoneKey("86"));

    @Setup(Level.Trial)
    public void buildList() {
        list = new ArrayList<>(GeneratedCustomers.generate(customers, 42));
        held = new HashMap<>();
        int planted = customers / 1000;
        for (int i = 0; i < planted; i++) {
            Customer c = list.get(i * 997 % customers);
            list.add(new Customer("dup-phone-" + i, "+86" + c.phone(), c.name(), null, null, Set.of(), null, false,
                    c.joinedOn()));
            list.add(new Customer("dup-name-" + i, "170" + String.format("%08d", i), c.name() + " " + c.phone(), null,
                    null, Set.of(), null, false, c.joinedOn()));
            list.add(new Customer("dup-bday-" + i, "171" + String.format("%08d", i), c.name(), null,
                    java.time.LocalDate.of(1990, 1, 1).plusDays(i), Set.of(), null, false, c.joinedOn()));
            list.add(new Customer("dup-bday2-" + i, "172" + String.format("%08d", i), c.name(), null,
                    java.time.LocalDate.of(1990, 1, 1).plusDays(i), Set.of(), null, false, c.joinedOn()));
            list.add(new Customer("dup-held-" + i, null, c.name(), null, null, Set.of(), null, false, c.joinedOn()));
            held.put("dup-held-" + i, c.phone());
        }
        System.out.printf("%n%d customers: %d pairs found%n", list.size(), finder.find(list, held, Set.of()).size());
    }

    @Benchmark
    public List<DuplicatePair> findDuplicates() {
        return finder.find(list, held, Set.of());
    }
}
