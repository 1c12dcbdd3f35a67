package app.counterpart.core.catalog;

import java.util.List;

/** A sellable item. Prices and cost are minor units; the tax rate is in basis points (6 % = 600). */
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
        int lowStock) {

    public Product {
        barcodes = List.copyOf(barcodes);
    }

    public String displayName(boolean chinese) {
        return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }
}
