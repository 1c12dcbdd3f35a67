package app.counterpart.core.customers.retention;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The same five stages in two orders: RARRA (retention first) and the classic AARRR. The base is the
 * customers whose first purchase fell in the window {@code from} .. {@code to}.
 */
public record Funnel(YearMonth from, YearMonth to, int newCustomers, List<Stage> rarra, List<Stage> aarrr) {

    public Funnel {
        rarra = List.copyOf(rarra);
        aarrr = List.copyOf(aarrr);
    }

    public enum Step {
        ACQUISITION, ACTIVATION, RETENTION, REFERRAL, REVENUE;

        public static final List<Step> RARRA = List.of(RETENTION, ACTIVATION, REFERRAL, REVENUE, ACQUISITION);
        public static final List<Step> AARRR = List.of(ACQUISITION, ACTIVATION, RETENTION, REFERRAL, REVENUE);

        public String key() {
            return "retention.funnel." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Questions the shop's data cannot answer, each with the key of the sentence that says why. */
    public enum Reason {
        /** Nobody counts people who come in and leave without buying. */
        VISITORS_NOT_RECORDED,
        /** Nothing records how a customer heard of the shop. */
        CHANNELS_NOT_RECORDED,
        /** Sales without a customer attached cannot be followed to a second visit. */
        ANONYMOUS_SALES,
        /** No customer of the window is old enough to judge. */
        TOO_EARLY,
        /** No customer names a referrer. */
        NO_REFERRALS,
        /** No first purchase in the window. */
        NO_NEW_CUSTOMERS;

        public String key() {
            return "retention.unknown." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    /** A question the data cannot answer; {@code figure} is a count that goes with it, or -1. */
    public record Unknown(Reason reason, long figure) {
    }

    /**
     * {@code part} of {@code whole}: customers for every step but revenue, net minor units for revenue.
     */
    public record Figure(long part, long whole, boolean money) {
        public double share() {
            return whole <= 0 ? 0 : Math.max(0, Math.min(1, (double) part / whole));
        }
    }

    /**
     * One step: its figure, or empty when the data cannot answer it (then {@code unknowns} says why),
     * and the questions around it that stay unanswered.
     */
    public record Stage(Step step, Optional<Figure> figure, List<Unknown> unknowns) {
        public Stage {
            unknowns = List.copyOf(unknowns);
            if (figure.isEmpty() && unknowns.isEmpty()) {
                throw new IllegalArgumentException("a stage without a figure needs a reason");
            }
        }
    }
}
