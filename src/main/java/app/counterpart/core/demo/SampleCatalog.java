package app.counterpart.core.demo;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo shop's categories and products as a starting catalog for a real shop: fresh ids (the demo's
 * ids are the same in every demo folder, and a real shop's rows must not collide at head office) and
 * the sample prices written in the real shop's currency, the same figures with its number of decimals.
 * No sales, customers, staff or stock come with it.
 */
public record SampleCatalog(List<Category> categories, List<Product> products) {

    public SampleCatalog {
        categories = List.copyOf(categories);
        products = List.copyOf(products);
    }

    public static SampleCatalog of(DemoShop demo, Currency currency, IdGenerator ids) {
        Map<String, String> categoryIds = new HashMap<>();
        List<Category> categories = new ArrayList<>();
        for (Category c : demo.categories()) {
            Category fresh = new Category(ids.next(), c.code(), c.name(), c.nameZh(), c.color(), c.sortOrder());
            categoryIds.put(c.id(), fresh.id());
            categories.add(fresh);
        }
        Currency from = demo.shop().currency();
        List<Product> products = new ArrayList<>();
        for (Product p : demo.products()) {
            products.add(new Product(ids.next(), p.sku(), p.barcodes(), categoryIds.get(p.categoryId()), p.name(),
                    p.nameZh(), p.unit(), convert(p.priceMinor(), from, currency),
                    convert(p.costMinor(), from, currency), p.taxRateBp(), p.active(), p.color(), p.lowStock(),
                    p.trackStock()));
        }
        return new SampleCatalog(categories, products);
    }

    /** 16.00 CNY is 16.00 USD or 16 JPY: the figure is kept, only the minor units follow the currency. */
    static long convert(long minor, Currency from, Currency to) {
        int fromDigits = Math.max(from.getDefaultFractionDigits(), 0);
        int toDigits = Math.max(to.getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minor).movePointLeft(fromDigits).setScale(toDigits, RoundingMode.HALF_UP)
                .movePointRight(toDigits).longValueExact();
    }
}
