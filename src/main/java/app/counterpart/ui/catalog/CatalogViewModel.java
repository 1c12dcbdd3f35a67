package app.counterpart.ui.catalog;

import app.counterpart.core.catalog.CatalogRepository;
import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.Money;
import app.counterpart.ui.common.ListLoader;
import app.counterpart.ui.common.UiContext;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The product list as the catalog screen shows it. */
public final class CatalogViewModel {

    /** One row of the product table, already in display form. */
    public record ProductRow(String sku, String name, String category, String price, String taxRate,
            String barcodes, boolean active) {
    }

    private final ListLoader<ProductRow> products;

    public CatalogViewModel(CatalogRepository catalog, Currency currency, UiContext ui) {
        boolean zh = ui.i18n().chinese();
        this.products = new ListLoader<>(ui.tasks(), () -> {
            Map<String, Category> categories = catalog.categories().stream()
                    .collect(Collectors.toMap(Category::id, Function.identity()));
            List<Product> list = catalog.products();
            return list.stream().map(p -> {
                Category c = categories.get(p.categoryId());
                String categoryName = c == null ? "" : zh && c.nameZh() != null ? c.nameZh() : c.name();
                return new ProductRow(p.sku(), p.displayName(zh), categoryName,
                        Money.format(p.priceMinor(), currency, ui.i18n().locale()),
                        BigDecimal.valueOf(p.taxRateBp(), 2).stripTrailingZeros().toPlainString() + " %",
                        String.join(" ", p.barcodes()), p.active());
            }).toList();
        });
    }

    public ListLoader<ProductRow> products() {
        return products;
    }
}
