package app.counterpart.core.customers.profile;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.segments.CustomerSegment;
import java.time.Instant;

/**
 * Everything the profile shows about one customer except the purchase history.
 *
 * @param referredByName    the name of the customer who brought them, or null
 * @param segment           the stored RFM scores, segment and stage, or null before the first computation
 * @param segmentComputedAt when {@code segment} was computed, or null
 */
public record CustomerProfile(Customer customer, String referredByName, ProfileFigures figures,
        CustomerSegment segment, Instant segmentComputedAt) {
}
