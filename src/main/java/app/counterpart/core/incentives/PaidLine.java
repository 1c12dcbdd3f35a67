package app.counterpart.core.incentives;

/**
 * What an earlier period paid on one line: the rule, its version and the rate, so that a refund in a
 * later period reverses the commission at the rate it was paid at, not at today's rate.
 */
public record PaidLine(String lineId, String personId, String ruleId, int ruleVersion, int rateBp, long baseMinor,
        long amountMinor) {
}
