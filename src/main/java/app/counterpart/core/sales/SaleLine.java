package app.counterpart.core.sales;

/**
 * One line of a sale. Amounts are signed minor units: a refund line has a negative quantity and
 * negative amounts, so summing rows gives net figures. {@code totalMinor} is what the customer pays
 * for the line (tax included), {@code taxMinor} the tax inside it.
 */
public record SaleLine(
        String id,
        int lineNo,
        String productId,
        String originalLineId,
        int quantity,
        long unitPriceMinor,
        long discountMinor,
        long taxMinor,
        long totalMinor,
        long costMinor) {

    /** The line that undoes this one in a refund or void: same product and price, every figure negated. */
    public SaleLine reversal(String newId, int newLineNo) {
        return new SaleLine(newId, newLineNo, productId, id, -quantity, unitPriceMinor, -discountMinor, -taxMinor,
                -totalMinor, -costMinor);
    }
}
