package app.counterpart.bench;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerSearch;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The customer list's search over 100,000 customers, one keystroke per call: each call searches the next
 * prefix of what staff type (the last digits or the start of a phone number, pinyin initials and
 * syllables, Chinese characters, a tag, a Latin name, a tag with digits), for the first page of the list.
 * Typing a phone number starts with "1", which every customer matches: the worst keystroke, also
 * measured alone. {@code buildIndex} times building the index from the list; the index's retained heap
 * is measured once per trial and written to {@code target/bench/customer-search-heap.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CustomerSearchBenchmark {

    /** The rows the customer list shows at most (CustomersViewModel.PAGE). */
    static final int PAGE = 500;

    @Param({"100000"})
    public int customers;

    private List<Customer> list;
    private CustomerSearch search;
    private List<String> keystrokes;
    private int next;

    @Setup(Level.Trial)
    public void buildList() throws IOException {
        list = GeneratedCustomers.generate(customers, 42);
        // pinyin4j loads its table of every character's readings once per JVM, on first use; the app
        // holds it anyway for the product search, so it is measured apart from the index.
        long empty = retainedHeap();
        new CustomerSearch(list.stream().filter(c -> c.name().charAt(0) > 127).limit(1).toList());
        long before = retainedHeap();
        search = new CustomerSearch(list);
        long retained = retainedHeap() - before;
        System.out.printf("%n%d customers: the index retains %.1f MB; pinyin4j's table %.1f MB%n", customers,
                retained / 1e6, (before - empty) / 1e6);
        Path out = Files.createDirectories(Path.of("target/bench"));
        Files.writeString(out.resolve("customer-search-heap.json"), "{\"customers\":" + customers
                + ",\"indexRetainedBytes\":" + retained + ",\"pinyinTableBytes\":" + (before - empty) + "}\n");
        keystrokes = new ArrayList<>();
        for (String query : List.of("4590", "13812", "zw", "zhangwei", "张", "张伟", "vip", "wang li", "daniel",
                "tea 45", "lx", "chen")) {
            for (int k = 1; k <= query.length(); k++) {
                keystrokes.add(query.substring(0, k));
            }
        }
    }

    /** Heap in use after the garbage is gone, so that the difference around a build is what the index keeps. */
    private static long retainedHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Benchmark
    public CustomerSearch.Result keystroke() {
        return search.search(keystrokes.get(next++ % keystrokes.size()), PAGE);
    }

    @Benchmark
    public CustomerSearch.Result everyoneMatches() {
        return search.search("1", PAGE);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public CustomerSearch buildIndex() {
        return new CustomerSearch(list);
    }
}
