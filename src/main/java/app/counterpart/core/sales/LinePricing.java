package app.counterpart.core.sales;

import app.counterpart.core.common.Money;

/**
 * Prices one line. With tax-inclusive prices the line total is the shelf price times quantity less
 * the discount, and the tax is the part of it that is tax; with tax-exclusive prices the tax is added.
 */
public final class LinePricing {

    private LinePricing() {
    }

    public static SaleLine price(String id, int lineNo, String productId, int quantity, long unitPriceMinor,
            long discountMinor, int taxRateBp, long unitCostMinor, boolean pricesIncludeTax) {
        if (quantity == 0) {
            throw new IllegalArgumentException("quantity must not be zero");
        }
        long gross = Math.multiplyExact(unitPriceMinor, (long) quantity);
        long afterDiscount = Math.subtractExact(gross, discountMinor);
        long tax;
        long total;
        if (pricesIncludeTax) {
            tax = Money.taxIncluded(afterDiscount, taxRateBp);
            total = afterDiscount;
        } else {
            tax = Money.taxOnTop(afterDiscount, taxRateBp);
            total = Math.addExact(afterDiscount, tax);
        }
        long cost = Math.multiplyExact(unitCostMinor, (long) quantity);
        return new SaleLine(id, lineNo, productId, null, quantity, unitPriceMinor, discountMinor, tax, total, cost);
    }
}
