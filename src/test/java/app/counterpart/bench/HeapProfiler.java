package app.counterpart.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Heap in use while the benchmark runs, as secondary results in the JMH JSON. Heap "used" read at a
 * random moment counts garbage not collected yet, so this reads it where it means something:
 * <ul>
 *   <li>{@code heap.afterGc.max} / {@code heap.afterGc.avg}: heap occupied right after each collection
 *   the JVM ran by itself during the iteration (what the work keeps, plus what was promoted and not
 *   collected yet), in MB;</li>
 *   <li>{@code heap.live}: heap occupied after a full collection forced once the iteration's timing
 *   ended (what the open store and the benchmark's state retain), in MB;</li>
 *   <li>{@code heap.gcs}: the collections counted in the iteration.</li>
 * </ul>
 * BenchMain adds it to every run; {@code -prof gc} adds JMH's allocation figures (bytes per operation).
 */
public final class HeapProfiler implements InternalProfiler {

    private static final double MB = 1024.0 * 1024.0;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final List<Long> usedAfterGc = new ArrayList<>();
    private final NotificationListener listener = this::onGc;

    @Override
    public String getDescription() {
        return "heap in use after each GC during the iteration, and after a full GC at its end";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        synchronized (usedAfterGc) {
            usedAfterGc.clear();
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        List<Result> out = new ArrayList<>();
        synchronized (usedAfterGc) {
            out.add(new ScalarResult("heap.gcs", usedAfterGc.size(), "#", AggregationPolicy.SUM));
            if (!usedAfterGc.isEmpty()) {
                long max = usedAfterGc.stream().mapToLong(Long::longValue).max().orElse(0);
                double avg = usedAfterGc.stream().mapToLong(Long::longValue).average().orElse(0);
                out.add(new ScalarResult("heap.afterGc.max", max / MB, "MB", AggregationPolicy.MAX));
                out.add(new ScalarResult("heap.afterGc.avg", avg / MB, "MB", AggregationPolicy.AVG));
            }
        }
        System.gc();
        out.add(new ScalarResult("heap.live",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB, "MB",
                AggregationPolicy.AVG));
        return out;
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : after.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        synchronized (usedAfterGc) {
            usedAfterGc.add(used);
        }
    }
}
