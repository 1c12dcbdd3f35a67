package app.counterpart.ui.catalog;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The fields of the product form as text, and their conversion into a product with per-field problems. */
public final class ProductEditorModel {

    /** The product built from the form, or the problems that stop it, keyed by field name. */
    public record Result(Product product, Map<String, String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private String id;
    final StringProperty sku = new SimpleStringProperty("");
    final StringProperty barcodes = new SimpleStringProperty("");
    final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty nameZh = new SimpleStringProperty("");
    final StringProperty unit = new SimpleStringProperty("pc");
    final StringProperty price = new SimpleStringProperty("");
    final StringProperty cost = new SimpleStringProperty("0");
    final StringProperty taxRate = new SimpleStringProperty("0");
    final StringProperty lowStock = new SimpleStringProperty("0");
    final StringProperty color = new SimpleStringProperty("");
    final BooleanProperty active = new SimpleBooleanProperty(true);
    final BooleanProperty trackStock = new SimpleBooleanProperty(true);
    private final BooleanProperty isNew = new SimpleBooleanProperty(true);

    void clear(String newId, Category defaultCategory) {
        id = newId;
        isNew.set(true);
        sku.set("");
        barcodes.set("");
        category.set(defaultCategory);
        name.set("");
        nameZh.set("");
        unit.set("pc");
        price.set("");
        cost.set("0");
        taxRate.set("0");
        lowStock.set("0");
        color.set("");
        active.set(true);
        trackStock.set(true);
    }

    void load(Product p, Category c, Currency currency) {
        id = p.id();
        isNew.set(false);
        sku.set(p.sku());
        barcodes.set(String.join(" ", p.barcodes()));
        category.set(c);
        name.set(p.name());
        nameZh.set(p.nameZh() == null ? "" : p.nameZh());
        unit.set(p.unit());
        price.set(Money.plain(p.priceMinor(), currency));
        cost.set(Money.plain(p.costMinor(), currency));
        taxRate.set(BigDecimal.valueOf(p.taxRateBp(), 2).stripTrailingZeros().toPlainString());
        lowStock.set(Integer.toString(p.lowStock()));
        color.set(p.color() == null ? "" : p.color());
        active.set(p.active());
        trackStock.set(p.trackStock());
    }

    public BooleanProperty isNewProperty() {
        return isNew;
    }

    /** Converts the text fields; every field that cannot be read is named with the reason. */
    Result build(Currency currency) {
        Map<String, String> problems = new LinkedHashMap<>();
        long priceMinor = money("price", price.get(), currency, problems);
        long costMinor = money("cost", cost.get(), currency, problems);
        int taxBp = 0;
        try {
            taxBp = new BigDecimal(taxRate.get().trim()).movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.put("taxRate", "not a percentage: " + taxRate.get());
        }
        int low = 0;
        try {
            low = Integer.parseInt(lowStock.get().trim());
        } catch (NumberFormatException e) {
            problems.put("lowStock", "not a whole number: " + lowStock.get());
        }
        if (category.get() == null) {
            problems.put("category", "choose a category");
        }
        List<String> codes = new ArrayList<>(Arrays.stream(barcodes.get().trim().split("[\\s,|]+"))
                .filter(s -> !s.isBlank()).distinct().toList());
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        Product p = new Product(id, sku.get().trim(), codes, category.get().id(), name.get().trim(),
                nameZh.get().isBlank() ? null : nameZh.get().trim(), unit.get().trim(), priceMinor, costMinor, taxBp,
                active.get(), color.get().isBlank() ? null : color.get().trim(), low, trackStock.get());
        return new Result(p, problems);
    }

    private static long money(String field, String text, Currency currency, Map<String, String> problems) {
        try {
            return Money.parse(text, currency);
        } catch (IllegalArgumentException e) {
            problems.put(field, e.getMessage());
            return 0;
        }
    }
}
