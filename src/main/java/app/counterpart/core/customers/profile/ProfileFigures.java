package app.counterpart.core.customers.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What the customer is worth to the shop and how often they come, from {@code customer_stats}, the
 * store credit ledger and their sale lines. A figure that is not defined for this customer (the days
 * between visits with one visit, the average ticket without any) is empty rather than zero.
 *
 * @param revenueMinor     lifetime value: net spending, refunds and voids subtracted
 * @param visits           purchases net of voids
 * @param firstSale        the first purchase, or null
 * @param lastSale         the latest purchase, or null
 * @param storeCreditMinor the store credit balance
 * @param favourites       the top products by quantity, net of refunds, at most {@link #FAVOURITES}
 */
public record ProfileFigures(long revenueMinor, int visits, Instant firstSale, Instant lastSale,
        long storeCreditMinor, List<FavouriteProduct> favourites) {

    public static final int FAVOURITES = 5;

    public ProfileFigures {
        favourites = List.copyOf(favourites);
    }

    /** The average number of days from one visit to the next; needs two visits. */
    public OptionalDouble daysBetweenVisits() {
        if (visits < 2 || firstSale == null || lastSale == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Duration.between(firstSale, lastSale).toMinutes() / (24.0 * 60) / (visits - 1));
    }

    /** Net spending per visit, rounded half up; needs a visit. */
    public OptionalLong averageTicketMinor() {
        if (visits < 1) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.floorDiv(2 * revenueMinor + visits, 2L * visits));
    }
}
