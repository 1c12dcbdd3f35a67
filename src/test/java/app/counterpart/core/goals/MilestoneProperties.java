package app.counterpart.core.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.event.SalesCommitted.Booked;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * What is true of milestones over any day's sales: each fires at most once, and it fires exactly when
 * the running total first reaches its threshold, whatever refunds came between. So with sales only,
 * what fires depends on the day's final total and not on how it was split into sales.
 */
class MilestoneProperties {

    static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    record Outcome(List<MilestoneReached> heard, List<Long> prefixes) {
    }

    static Outcome run(List<Long> amounts, long target) {
        EventBus events = new EventBus(e -> { throw e; });
        GoalTracker tracker = new GoalTracker(events);
        tracker.listen();
        List<MilestoneReached> heard = new ArrayList<>();
        events.subscribe(MilestoneReached.class, heard::add);
        tracker.loadStarting();
        tracker.load(new GoalTracker.Snapshot(DAY, List.of(), Map.of(), List.of(new SalesGoal("g",
                GoalScope.person("ann"), Cadence.DAILY, target, DAY, null, java.time.Instant.EPOCH)), null));
        List<Long> prefixes = new ArrayList<>();
        long sum = 0;
        int i = 0;
        for (long a : amounts) {
            sum += a;
            prefixes.add(sum);
            events.publish(new SalesCommitted(1, Set.of(DAY), List.of(new Booked(String.format("s%05d", i++), "ann",
                    DAY, a, a >= 0 ? 1 : 0, null))));
        }
        return new Outcome(heard, prefixes);
    }

    @Property
    void eachMilestoneFiresAtMostOnceAndIffTheRunningTotalReachedIt(
            @ForAll @Size(max = 40) List<@LongRange(min = -30_000, max = 60_000) Long> amounts,
            @ForAll @LongRange(min = 1, max = 500_000) long target) {
        Outcome o = run(amounts, target);
        Set<Milestone> fired = EnumSet.noneOf(Milestone.class);
        for (MilestoneReached m : o.heard()) {
            assertThat(fired.add(m.milestone())).as("fired twice: %s", m.milestone()).isTrue();
        }
        long highest = o.prefixes().stream().mapToLong(Long::longValue).max().orElse(0);
        for (Milestone m : Milestone.values()) {
            assertThat(fired.contains(m)).as("%s with highest running total %d of %d", m, highest, target)
                    .isEqualTo(highest >= m.threshold(target));
        }
    }

    @Property
    void itFiresOnTheSaleThatFirstReachesTheThreshold(
            @ForAll @Size(max = 40) List<@LongRange(min = -30_000, max = 60_000) Long> amounts,
            @ForAll @LongRange(min = 1, max = 500_000) long target) {
        Outcome o = run(amounts, target);
        for (MilestoneReached m : o.heard()) {
            int first = 0;
            while (o.prefixes().get(first) < m.milestone().threshold(target)) {
                first++;
            }
            assertThat(m.saleId()).isEqualTo(String.format("s%05d", first));
            assertThat(m.netMinor()).isEqualTo(o.prefixes().get(first));
        }
    }

    @Property
    void withSalesOnlyWhatFiresDependsOnTheTotalNotTheSplit(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 50_000) Long> amounts,
            @ForAll @IntRange(min = 1, max = 29) int cut,
            @ForAll @LongRange(min = 1, max = 400_000) long target) {
        long total = amounts.stream().mapToLong(Long::longValue).sum();
        List<Long> other = new ArrayList<>();
        int at = Math.min(cut, amounts.size());
        other.add(amounts.subList(0, at).stream().mapToLong(Long::longValue).sum());
        other.add(total - other.get(0));
        assertThat(run(amounts, target).heard()).extracting(MilestoneReached::milestone)
                .containsExactlyElementsOf(run(other, target).heard().stream().map(MilestoneReached::milestone).toList());
    }
}
