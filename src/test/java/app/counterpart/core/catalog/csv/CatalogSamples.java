package app.counterpart.core.catalog.csv;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;

/** A small catalog to import into: two categories, three products. */
final class CatalogSamples {

    static final Currency CNY = Currency.getInstance("CNY");
    static final String HEADER = "sku,barcodes,category,name_en,name_zh,unit,price,cost,tax_rate,active,color,low_stock,track_stock";

    static final Category MILKTEA = new Category("c-mt", "MILKTEA", "Milk Tea", "奶茶", "#B08968", 0);
    static final Category BREAD = new Category("c-br", "BREAD", "Bread", "面包", "#D4A373", 1);
    static final Product MT1 = new Product("p-mt1", "MT-001", List.of("2101000000019"), "c-mt", "Pearl Milk Tea",
            "珍珠奶茶", "cup", 1600, 465, 600, true, "#9F7A5A", 0, false);
    static final Product MT2 = new Product("p-mt2", "MT-002", List.of("2101000000026"), "c-mt",
            "Pearl Milk Tea (Large)", "珍珠奶茶（大杯）", "cup", 1900, 645, 600, true, "#AF8664", 0, false);
    static final Product BR1 = new Product("p-br1", "BR-001", List.of(), "c-br", "Milk Loaf", "牛奶吐司", "loaf", 1800,
            500, 600, true, null, 5, true);

    static final List<Category> CATEGORIES = List.of(MILKTEA, BREAD);
    static final List<Product> PRODUCTS = List.of(MT1, MT2, BR1);

    private CatalogSamples() {
    }

    /** Ids new-1, new-2, … in call order. */
    static Supplier<String> counter() {
        int[] n = {0};
        return () -> "new-" + (++n[0]);
    }

    static ProductImportPlan read(String text) {
        return read(text, ImportOptions.DEFAULT);
    }

    static ProductImportPlan read(String text, ImportOptions options) {
        return read(text.getBytes(StandardCharsets.UTF_8), options);
    }

    static ProductImportPlan read(byte[] bytes, ImportOptions options) {
        return new ProductCsvReader(CNY, counter()).read("test.csv", bytes, CATEGORIES, PRODUCTS, options);
    }
}
