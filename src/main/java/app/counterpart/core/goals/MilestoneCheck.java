package app.counterpart.core.goals;

import java.util.ArrayList;
import java.util.List;

/**
 * Which milestones one committed sale crosses. A sale moves a handful of running totals: the person's
 * day and week, and the day and week of each team they belong to. A milestone is crossed when the
 * total before the sale had not reached it and the total after has; whether it was already shown in
 * this period (a refund took the total back under it) is the tracker's business, not this check's.
 */
public final class MilestoneCheck {

    private MilestoneCheck() {
    }

    /** A running total a sale moves: its value before the sale and the target it is measured against. */
    public record Running(GoalScope scope, Cadence cadence, long netBefore, long targetMinor) {
    }

    public record Crossing(GoalScope scope, Cadence cadence, Milestone milestone, long netAfter, long targetMinor) {
    }

    public static List<Crossing> crossed(List<Running> totals, long saleMinor) {
        List<Crossing> out = new ArrayList<>();
        for (Running r : totals) {
            long after = r.netBefore() + saleMinor;
            for (Milestone m : Milestone.crossed(r.netBefore(), after, r.targetMinor())) {
                out.add(new Crossing(r.scope(), r.cadence(), m, after, r.targetMinor()));
            }
        }
        return out;
    }
}
