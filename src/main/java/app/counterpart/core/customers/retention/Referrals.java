package app.counterpart.core.customers.retention;

import java.util.List;

/**
 * Who brought whom. {@code recorded} is false when no customer names a referrer at all: then the shop
 * has not recorded referrals, which is not the same as nobody referring anyone.
 */
public record Referrals(boolean recorded, List<Referrer> referrers, Group referred, Group notReferred) {

    /** The months after the first purchase at which the two groups are compared. */
    public static final List<Integer> COMPARED_MONTHS = List.of(1, 2, 3, 6, 12);

    public Referrals {
        referrers = List.copyOf(referrers);
    }

    /** A referrer with the number of customers they brought and what those spent, net, all time. */
    public record Referrer(String customerId, String name, int referred, long referredNetMinor) {
    }

    /** Customers who bought, and for each compared month k how many were judged (month k has begun) and bought. */
    public record Group(int customers, List<Point> points) {
        public Group {
            points = List.copyOf(points);
        }
    }

    public record Point(int monthsAfter, int judged, int bought) {
        public boolean known() {
            return judged > 0;
        }

        public double share() {
            return judged == 0 ? 0 : (double) bought / judged;
        }
    }
}
