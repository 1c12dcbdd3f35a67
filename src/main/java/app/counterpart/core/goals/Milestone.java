package app.counterpart.core.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Points on the way to a goal that deserve a toast: half way, the goal itself, and well past it. */
public enum Milestone {
    HALF(50), GOAL(100), BEYOND(150);

    private final int percent;

    Milestone(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The net sales at which this milestone is reached: the target's share, rounded up to the next minor unit. */
    public long threshold(long targetMinor) {
        return -Math.floorDiv(-targetMinor * percent, 100);
    }

    /** Whether {@code netMinor} has reached this milestone of a target; nothing is reached without a target. */
    public boolean reached(long netMinor, long targetMinor) {
        return targetMinor > 0 && netMinor >= threshold(targetMinor);
    }

    /** The milestones reached at {@code after} that were not reached at {@code before}, lowest first. */
    public static List<Milestone> crossed(long before, long after, long targetMinor) {
        List<Milestone> out = new ArrayList<>(3);
        for (Milestone m : values()) {
            if (m.reached(after, targetMinor) && !m.reached(before, targetMinor)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The highest milestone reached, or null. */
    public static Milestone highest(long netMinor, long targetMinor) {
        Milestone best = null;
        for (Milestone m : values()) {
            if (m.reached(netMinor, targetMinor)) {
                best = m;
            }
        }
        return best;
    }
}
