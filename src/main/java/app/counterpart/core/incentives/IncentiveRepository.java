package app.counterpart.core.incentives;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules, settings, period facts and the payout ledger as the store keeps them. */
public interface IncentiveRepository {

    /** When and by whom a pay period was closed into the ledger. */
    record Closing(java.time.Instant closedAt, String closedBy) {
    }

    /** When and by whom the period was closed, if it was (added for the payouts screen). */
    default Optional<Closing> closing(PayPeriod period) {
        return Optional.empty();
    }

    /** Every version of every rule, oldest first. */
    List<IncentiveRule> rules();

    /**
     * Saves a new version of a rule (version 1 for a new rule): the previous open version ends where the
     * new one starts. Audited as done by {@code actorId}; returns the version as stored.
     */
    IncentiveRule saveVersion(IncentiveRule rule, String actorId);

    IncentiveSettings settings();

    void saveSettings(IncentiveSettings settings, String actorId);

    /** The lines, people and teams of a period, with what earlier periods paid on refunded lines. */
    IncentiveFacts facts(PayPeriod period);

    /** The closed run of the period from the ledger, if the period was closed. */
    Optional<PayoutRun> closed(PayPeriod period);

    /**
     * Records who brought each customer to the shop (a staff id, usually a partner's; null clears it), for
     * referral bonuses. Audited as done by {@code actorId}.
     */
    void setBroughtBy(Map<String, String> partnerByCustomer, String actorId);

    /** Writes the run's applications to the ledger and its payouts in one transaction; a period closes once. */
    void close(PayoutRun run, String actorId);
}
