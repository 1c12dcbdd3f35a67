package app.counterpart.core.customers.segments;

import app.counterpart.core.customers.lifecycle.LifecycleRules;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFM scores, segments and lifecycle stages for all customers at once.
 *
 * <p>Each score is a quintile among the customers who bought: a value's score is
 * {@code 1 + floor(5 × (customers with a smaller value) / buyers)}. Equal values therefore get equal
 * scores, a larger value never gets a smaller score, the order of the input does not matter, and the
 * smallest value scores 1. Recency is the business day of the last visit (later is better), frequency
 * the visits, money the net spending.
 */
public final class Segmentation {

    private Segmentation() {
    }

    public static List<CustomerSegment> compute(List<CustomerFigures> customers, LifecycleRules rules,
            LocalDate today) {
        int buyers = 0;
        for (CustomerFigures c : customers) {
            if (c.bought()) {
                buyers++;
            }
        }
        long[] recency = new long[buyers];
        long[] frequency = new long[buyers];
        long[] money = new long[buyers];
        int k = 0;
        for (CustomerFigures c : customers) {
            if (c.bought()) {
                recency[k] = c.lastVisit().toEpochDay();
                frequency[k] = c.visits();
                money[k] = c.revenueMinor();
                k++;
            }
        }
        Arrays.sort(recency);
        Arrays.sort(frequency);
        Arrays.sort(money);
        List<CustomerSegment> result = new ArrayList<>(customers.size());
        for (CustomerFigures c : customers) {
            LifecycleStage stage = rules.stageOf(c.joined(), c.firstVisit(), c.lastVisit(), c.visits(), today);
            if (c.bought()) {
                int r = score(recency, c.lastVisit().toEpochDay());
                int f = score(frequency, c.visits());
                int m = score(money, c.revenueMinor());
                result.add(new CustomerSegment(c.customerId(), r, f, m, RfmSegment.of(r, f, m), stage));
            } else {
                result.add(new CustomerSegment(c.customerId(), 0, 0, 0, null, stage));
            }
        }
        return result;
    }

    /** The quintile score of {@code value} among the sorted values (which hold it). */
    static int score(long[] sorted, long value) {
        return 1 + (int) (5L * smaller(sorted, value) / sorted.length);
    }

    /** How many of the sorted values are smaller than {@code value}: the first index holding it or more. */
    private static int smaller(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
