package app.counterpart.core.catalog.csv;

import app.counterpart.core.catalog.Product;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One good row of an import file and what it does to the catalog.
 *
 * @param line the row's line in the file (header = line 1)
 * @param before the product as the catalog holds it now; null when the row creates a product
 * @param after the product as the import will save it (same id as {@code before} for an update)
 */
public record PlannedProduct(int line, Product before, Product after) {

    public boolean creates() {
        return before == null;
    }

    /** The CSV columns whose values differ between before and after; every column for a new product. */
    public List<ProductColumn> changedColumns() {
        return changedColumns(before, after);
    }

    /** The CSV columns whose values differ between two versions of a product; every column when before is null. */
    public static List<ProductColumn> changedColumns(Product before, Product after) {
        if (before == null) {
            return List.of(ProductColumn.values());
        }
        List<ProductColumn> changed = new ArrayList<>();
        add(changed, ProductColumn.SKU, before.sku(), after.sku());
        // The order of barcodes carries no meaning; the store keeps them sorted.
        add(changed, ProductColumn.BARCODES, new HashSet<>(before.barcodes()), new HashSet<>(after.barcodes()));
        add(changed, ProductColumn.CATEGORY, before.categoryId(), after.categoryId());
        add(changed, ProductColumn.NAME_EN, before.name(), after.name());
        add(changed, ProductColumn.NAME_ZH, blankToNull(before.nameZh()), blankToNull(after.nameZh()));
        add(changed, ProductColumn.UNIT, before.unit(), after.unit());
        add(changed, ProductColumn.PRICE, before.priceMinor(), after.priceMinor());
        add(changed, ProductColumn.COST, before.costMinor(), after.costMinor());
        add(changed, ProductColumn.TAX_RATE, before.taxRateBp(), after.taxRateBp());
        add(changed, ProductColumn.ACTIVE, before.active(), after.active());
        add(changed, ProductColumn.COLOR, blankToNull(before.color()), blankToNull(after.color()));
        add(changed, ProductColumn.LOW_STOCK, before.lowStock(), after.lowStock());
        add(changed, ProductColumn.TRACK_STOCK, before.trackStock(), after.trackStock());
        return changed;
    }

    private static void add(List<ProductColumn> changed, ProductColumn column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(column);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
