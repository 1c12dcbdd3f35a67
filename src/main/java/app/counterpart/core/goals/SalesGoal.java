package app.counterpart.core.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a target: net sales in minor units for a person or a team, per day or per week, in
 * force from a business day until a newer version takes over. A target of 0 means "no goal".
 */
public record SalesGoal(String id, GoalScope scope, Cadence cadence, long targetMinor, LocalDate effectiveFrom,
        String setBy, Instant createdAt) {

    /** Larger than any shop's day, small enough that percentages of it never overflow a long. */
    public static final long MAX_TARGET_MINOR = 1_000_000_000_000L;

    public SalesGoal {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(cadence);
        Objects.requireNonNull(effectiveFrom);
        Objects.requireNonNull(createdAt);
        if (targetMinor < 0 || targetMinor > MAX_TARGET_MINOR) {
            throw new GoalException(GoalException.Problem.TARGET_INVALID);
        }
    }
}
