package app.counterpart.core.incentives;

import java.util.List;

/** What one person earned in a period, with every application that makes it up. */
public record Payout(String personId, PayPeriod period, long salesBaseMinor, long amountMinor,
        List<RuleApplication> applications) {

    public Payout {
        applications = List.copyOf(applications);
    }
}
