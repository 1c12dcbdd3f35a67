package app.counterpart.core.catalog;

import java.util.List;

/**
 * A sellable item. Prices and cost are minor units; the tax rate is in basis points (6 % = 600).
 * {@code trackStock} is false for goods made to order, which keep no stock ledger.
 */
public record Product(
        String id,
        String sku,
        List<String> barcodes,
        String categoryId,
        String name,
        String nameZh,
        String unit,
        long priceMinor,
        long costMinor,
        int taxRateBp,
        boolean active,
        String color,
        int lowStock,
        boolean trackStock) {

    public Product {
        barcodes = List.copyOf(barcodes);
    }

    /** A copy with another price; everything else unchanged. */
    public Product withPrice(long newPriceMinor) {
        return new Product(id, sku, barcodes, categoryId, name, nameZh, unit, newPriceMinor, costMinor, taxRateBp, active,
                color, lowStock, trackStock);
    }

    public String displayName(boolean chinese) {
        return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }
}
