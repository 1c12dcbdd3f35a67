package app.counterpart.core.customers.segments;

import app.counterpart.core.customers.lifecycle.LifecycleStage;

/**
 * One customer's RFM scores (1..5 each, 5 best), their segment and their lifecycle stage. A customer
 * who never bought has no scores and no segment (all zero and null), only a stage.
 */
public record CustomerSegment(String customerId, int r, int f, int m, RfmSegment segment, LifecycleStage stage) {

    public CustomerSegment {
        boolean scored = segment != null;
        for (int score : new int[] {r, f, m}) {
            if (scored ? score < 1 || score > 5 : score != 0) {
                throw new IllegalArgumentException("scores " + r + f + m + " do not fit segment " + segment);
            }
        }
    }

    public boolean scored() {
        return segment != null;
    }
}
