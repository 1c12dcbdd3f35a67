package app.counterpart.core.catalog.csv;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.Csv;
import app.counterpart.core.common.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Products as CSV text in exactly the format the import reads, so exporting and importing again changes nothing. */
public final class ProductCsvWriter {

    private ProductCsvWriter() {
    }

    /** The header line and one line per product, sorted by SKU, LF line ends. */
    public static String write(Collection<Product> products, Collection<Category> categories, Currency currency) {
        Map<String, String> codes = categories.stream().collect(Collectors.toMap(Category::id, Category::code));
        StringBuilder out = new StringBuilder(128 + products.size() * 128);
        out.append(Csv.line(Arrays.stream(ProductColumn.values()).map(ProductColumn::header).toList())).append('\n');
        products.stream().sorted(Comparator.comparing(Product::sku)).forEach(p -> out.append(Csv.line(List.of(
                p.sku(),
                String.join("|", p.barcodes()),
                codes.getOrDefault(p.categoryId(), ""),
                p.name(),
                orEmpty(p.nameZh()),
                p.unit(),
                Money.plain(p.priceMinor(), currency),
                Money.plain(p.costMinor(), currency),
                BigDecimal.valueOf(p.taxRateBp(), 2).stripTrailingZeros().toPlainString(),
                Boolean.toString(p.active()),
                orEmpty(p.color()),
                Integer.toString(p.lowStock()),
                Boolean.toString(p.trackStock())))).append('\n'));
        return out.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
