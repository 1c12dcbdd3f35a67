package app.counterpart.core.goals;

/** Net sales so far against a target for one period; no target means no fraction. */
public record Progress(GoalScope scope, Cadence cadence, long netMinor, int salesCount, long targetMinor) {

    public boolean hasTarget() {
        return targetMinor > 0;
    }

    /** Net sales over target (0 without a target); above 1 past the goal, below 0 after big refunds. */
    public double fraction() {
        return targetMinor > 0 ? (double) netMinor / targetMinor : 0;
    }

    /** Whole percent, rounded down, for labels. */
    public long percent() {
        return targetMinor > 0 ? Math.floorDiv(netMinor * 100, targetMinor) : 0;
    }

    public Milestone highestMilestone() {
        return Milestone.highest(netMinor, targetMinor);
    }
}
