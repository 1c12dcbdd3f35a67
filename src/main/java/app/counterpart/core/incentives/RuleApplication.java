package app.counterpart.core.incentives;

import java.time.LocalDate;

/**
 * One line of a payout: which rule paid which person how much for what. Sale fields are null for a
 * team-goal share. {@code tierFromMinor} is the tier the period reached, for a tiered commission.
 */
public record RuleApplication(
        String personId,
        String ruleId,
        int ruleVersion,
        RuleKind kind,
        Reason reason,
        String saleId,
        String saleNumber,
        String lineId,
        LocalDate businessDay,
        long baseMinor,
        int rateBp,
        long tierFromMinor,
        long amountMinor) {
}
