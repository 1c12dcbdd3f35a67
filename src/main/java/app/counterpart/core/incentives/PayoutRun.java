package app.counterpart.core.incentives;

import java.util.List;

/** The payouts of one period for everyone, as computed or as closed into the ledger. */
public record PayoutRun(PayPeriod period, IncentiveSettings settings, List<Payout> payouts, boolean closed) {

    public PayoutRun {
        payouts = List.copyOf(payouts);
    }

    public long totalMinor() {
        return payouts.stream().mapToLong(Payout::amountMinor).sum();
    }
}
