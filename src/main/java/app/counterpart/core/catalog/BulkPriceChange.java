package app.counterpart.core.catalog;

import app.counterpart.core.common.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Raises or lowers the prices of many products at once, by a percentage or a fixed amount, then
 * rounds to a step the shop prices in (for example ¥0.50). A price never goes below zero.
 */
public final class BulkPriceChange {

    public enum Mode { PERCENT, AMOUNT }

    /** One product's price before and after. */
    public record Change(Product before, Product after) {
        public long difference() {
            return after.priceMinor() - before.priceMinor();
        }
    }

    private BulkPriceChange() {
    }

    /**
     * @param value basis points for PERCENT (+500 = +5 %), minor units for AMOUNT (-100 = ¥1.00 less)
     * @param stepMinor rounding step in minor units; 1 keeps the exact result
     * @return the products whose price changes, with old and new versions
     */
    public static List<Change> compute(List<Product> products, Mode mode, long value, long stepMinor) {
        if (stepMinor < 1) {
            throw new IllegalArgumentException("the rounding step must be at least one minor unit");
        }
        if (mode == Mode.PERCENT && (value <= -10_000 || value > 1_000_000)) {
            throw new IllegalArgumentException("a percentage change must be above -100 % and at most +10,000 %");
        }
        List<Change> out = new ArrayList<>();
        for (Product p : products) {
            long raw = mode == Mode.PERCENT
                    ? p.priceMinor() + Money.percentOf(p.priceMinor(), Math.toIntExact(value))
                    : Math.addExact(p.priceMinor(), value);
            long rounded = Money.divideHalfUp(Math.max(0, raw), stepMinor) * stepMinor;
            if (rounded != p.priceMinor()) {
                out.add(new Change(p, p.withPrice(rounded)));
            }
        }
        return out;
    }
}
