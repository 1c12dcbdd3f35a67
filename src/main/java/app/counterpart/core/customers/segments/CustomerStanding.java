package app.counterpart.core.customers.segments;

import app.counterpart.core.customers.lifecycle.LifecycleStage;
import java.time.Instant;

/**
 * What the customer list shows beside the contact: stage and segment from {@code customer_segment}
 * (null until they were first computed; the segment also null for a customer who never bought), net
 * spending and the last visit from {@code customer_stats} (zero and null without a purchase).
 */
public record CustomerStanding(String customerId, LifecycleStage stage, RfmSegment segment, long revenueMinor,
        Instant lastSale) {
}
