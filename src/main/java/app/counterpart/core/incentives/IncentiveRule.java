package app.counterpart.core.incentives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an incentive rule. Rules are never edited in place: a change is a new version of the
 * same {@code ruleId} with its own effective dates, so a past period is always paid by the rules that
 * were in force then. {@code effectiveTo} is exclusive; null means "until further notice".
 *
 * <p>Which fields matter depends on the kind:
 * <ul>
 * <li>commissions: {@code who}, {@code target}, {@code tiers} (one tier for a flat percentage);
 * <li>new-customer and referral bonuses: {@code who}, {@code amountMinor};
 * <li>team goal: {@code teamId}, {@code goalMinor} (team sales in the period), {@code amountMinor}
 * (the pool), {@code split}.
 * </ul>
 */
public record IncentiveRule(
        String ruleId,
        int version,
        RuleKind kind,
        String name,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Who who,
        Target target,
        List<Tier> tiers,
        long amountMinor,
        String teamId,
        long goalMinor,
        GoalSplit split,
        boolean active,
        String createdBy,
        Instant createdAt) {

    public IncentiveRule {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** Whether this version is in force on the business day. */
    public boolean inForceOn(LocalDate day) {
        return active && !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
