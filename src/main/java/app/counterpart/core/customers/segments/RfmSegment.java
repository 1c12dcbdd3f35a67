package app.counterpart.core.customers.segments;

import java.util.Locale;

/**
 * The classic RFM segments, named from the recency score R and the combined frequency-and-money score
 * FM = (F + M) / 2, rounded up. Every one of the 25 cells of the R × FM grid has one segment:
 *
 * <pre>
 *            FM 1            FM 2            FM 3            FM 4        FM 5
 *   R 5      new             potential       potential       champions   champions
 *   R 4      promising       potential       potential       loyal       loyal
 *   R 3      about to sleep  about to sleep  need attention  loyal       loyal
 *   R 2      hibernating     hibernating     at risk         at risk     can't lose them
 *   R 1      lost            lost            at risk         at risk     can't lose them
 * </pre>
 *
 * ("potential" is potential loyalist.) The map is the widely used R-by-F grid with money folded into F,
 * and "lost" carved out of hibernating for the customers who are both long gone and spent little.
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK,
    CANT_LOSE_THEM, HIBERNATING, LOST;

    /** The segment of the scores, each 1..5. */
    public static RfmSegment of(int r, int f, int m) {
        if (r < 1 || r > 5 || f < 1 || f > 5 || m < 1 || m > 5) {
            throw new IllegalArgumentException("RFM scores are 1..5, not " + r + f + m);
        }
        int fm = (f + m + 1) / 2;
        return switch (r) {
            case 5 -> fm == 1 ? NEW : fm <= 3 ? POTENTIAL_LOYALIST : CHAMPIONS;
            case 4 -> fm == 1 ? PROMISING : fm <= 3 ? POTENTIAL_LOYALIST : LOYAL;
            case 3 -> fm <= 2 ? ABOUT_TO_SLEEP : fm == 3 ? NEED_ATTENTION : LOYAL;
            case 2 -> fm <= 2 ? HIBERNATING : fm <= 4 ? AT_RISK : CANT_LOSE_THEM;
            default -> fm <= 2 ? LOST : fm <= 4 ? AT_RISK : CANT_LOSE_THEM;
        };
    }

    /** The name stored in {@code customer_segment.segment}: {@code cant_lose_them}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RfmSegment ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The resource-bundle key of the segment's name. */
    public String textKey() {
        return "segment." + code();
    }
}
