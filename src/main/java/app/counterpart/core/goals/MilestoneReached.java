package app.counterpart.core.goals;

import java.time.LocalDate;

/**
 * Published on the event bus when a committed sale takes a person's or a team's net sales to a
 * milestone of their daily or weekly goal for the first time in that period. {@code staffId} is who
 * served the sale (for a team milestone, the member whose sale crossed it).
 */
public record MilestoneReached(GoalScope scope, Cadence cadence, Milestone milestone, LocalDate day,
        long netMinor, long targetMinor, String staffId, String saleId) {
}
