package app.counterpart.core.sell;

/**
 * One line of an open cart. The price is taken when the item is rung up, so a price change in the
 * back office does not move a cart under the cashier's hands. {@code overrideBy} names the manager who
 * approved a price other than the list price.
 */
public record CartLine(
        String id,
        String productId,
        String sku,
        String name,
        String nameZh,
        int quantity,
        long unitPriceMinor,
        long listPriceMinor,
        long discountMinor,
        int taxRateBp,
        long unitCostMinor,
        String overrideBy) {

    /** Price times quantity, before any discount. */
    public long grossMinor() {
        return Math.multiplyExact(unitPriceMinor, (long) quantity);
    }

    public long netMinor() {
        return grossMinor() - discountMinor;
    }

    public String displayName(boolean chinese) {
        return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }

    CartLine withQuantity(int q) {
        return new CartLine(id, productId, sku, name, nameZh, q, unitPriceMinor, listPriceMinor, discountMinor,
                taxRateBp, unitCostMinor, overrideBy);
    }

    CartLine withDiscount(long d) {
        return new CartLine(id, productId, sku, name, nameZh, quantity, unitPriceMinor, listPriceMinor, d, taxRateBp,
                unitCostMinor, overrideBy);
    }

    CartLine withPrice(long price, String approver) {
        return new CartLine(id, productId, sku, name, nameZh, quantity, price, listPriceMinor, 0, taxRateBp,
                unitCostMinor, approver);
    }
}
