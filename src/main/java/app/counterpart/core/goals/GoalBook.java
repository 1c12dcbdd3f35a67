package app.counterpart.core.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All versions of all goals, answering "what was the target on this day". The version in force is the
 * one with the latest effective day not after the day asked; of two with the same day the later saved wins.
 */
public final class GoalBook {

    private record Key(GoalScope scope, Cadence cadence) {
    }

    private static final Comparator<SalesGoal> NEWEST_FIRST = Comparator.comparing(SalesGoal::effectiveFrom)
            .thenComparing(SalesGoal::createdAt).thenComparing(SalesGoal::id).reversed();

    private final Map<Key, List<SalesGoal>> versions = new HashMap<>();

    public GoalBook(List<SalesGoal> goals) {
        for (SalesGoal g : goals) {
            versions.computeIfAbsent(new Key(g.scope(), g.cadence()), k -> new ArrayList<>()).add(g);
        }
        versions.values().forEach(l -> l.sort(NEWEST_FIRST));
    }

    public static GoalBook empty() {
        return new GoalBook(List.of());
    }

    /** The target in force on {@code day}, 0 when there is none. For a weekly goal, ask with any day of the week. */
    public long target(GoalScope scope, Cadence cadence, LocalDate day) {
        List<SalesGoal> list = versions.get(new Key(scope, cadence));
        if (list == null) {
            return 0;
        }
        for (SalesGoal g : list) {
            if (!g.effectiveFrom().isAfter(day)) {
                return g.targetMinor();
            }
        }
        return 0;
    }

    /** Every version of one goal, newest first, for the history the owner reads. */
    public List<SalesGoal> history(GoalScope scope, Cadence cadence) {
        return List.copyOf(versions.getOrDefault(new Key(scope, cadence), List.of()));
    }
}
