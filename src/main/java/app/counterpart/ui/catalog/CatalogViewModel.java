package app.counterpart.ui.catalog;

import app.counterpart.core.catalog.BulkPriceChange;
import app.counterpart.core.catalog.CatalogRepository;
import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.ProductSearch;
import app.counterpart.core.catalog.csv.CsvExport;
import app.counterpart.core.catalog.csv.ImportOptions;
import app.counterpart.core.catalog.csv.ProductImportPlan;
import app.counterpart.core.catalog.csv.ProductImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.stock.LowStockItem;
import app.counterpart.core.stock.StockMovement;
import app.counterpart.core.stock.StockRepository;
import app.counterpart.core.stock.StockService;
import app.counterpart.core.common.Money;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The catalog screen: categories, a product list searched as one types, the product form, bulk prices. */
public final class CatalogViewModel {

    /** A category in the side list; {@code category} is null for "all products". */
    public record CategoryItem(Category category, String label, int count) {
    }

    /** One row of the product table, with display text prepared off the table cells. */
    public record ProductRow(Product product, String category, String price, String cost, String margin,
            String taxRate, String barcodes, String onHand, boolean low) {
    }

    private static final int SEARCH_LIMIT = 1_000;

    private final CatalogRepository catalog;
    private final ProductImporter importer;
    private final StockRepository stock;
    private final StockService stockService;
    private final BooleanProperty lowStockOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper lowStockCount = new ReadOnlyIntegerWrapper();
    private Map<String, Integer> onHand = Map.of();
    private java.util.Set<String> low = java.util.Set.of();
    private final Currency currency;
    private final UiContext ui;
    private final Supplier<String> actingStaff;
    private final IdGenerator ids;

    private final ObservableList<CategoryItem> categories = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryItem> selectedCategory = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ObservableMap<String, String> editorProblems = FXCollections.observableHashMap();
    private final ProductEditorModel editor = new ProductEditorModel();
    private final ReadOnlyObjectWrapper<Product> editedProduct = new ReadOnlyObjectWrapper<>();

    private List<Product> products = List.of();
    private Map<String, Category> categoriesById = Map.of();
    private ProductSearch search = new ProductSearch(List.of());

    public CatalogViewModel(CatalogRepository catalog, ProductImporter importer, StockRepository stock,
            StockService stockService, Currency currency, UiContext ui, Supplier<String> actingStaff) {
        this.catalog = catalog;
        this.importer = importer;
        this.stock = stock;
        this.stockService = stockService;
        this.currency = currency;
        this.ui = ui;
        this.actingStaff = actingStaff;
        this.ids = IdGenerator.secure(ui.clock());
        query.addListener((obs, old, q) -> filter());
        lowStockOnly.addListener((obs, old, on) -> filter());
        selectedCategory.addListener((obs, old, c) -> filter());
    }

    private record Snapshot(List<Category> categories, List<Product> products, ProductSearch search,
            Map<String, Integer> onHand, java.util.Set<String> low) {
    }

    // Commands

    /** Reads categories and products in the background and rebuilds the search index there too. */
    public void load() {
        loading.set(true);
        ui.tasks().run(() -> {
            List<Product> all = catalog.products();
            java.util.Set<String> lowIds = stock.lowStock().stream().map(LowStockItem::productId)
                    .collect(Collectors.toSet());
            return new Snapshot(catalog.categories(), all, new ProductSearch(all), stock.onHand(), lowIds);
        }, this::apply, e -> {
            loading.set(false);
            error.set(Errors.describe(e));
        });
    }

    private void apply(Snapshot s) {
        products = s.products();
        search = s.search();
        onHand = s.onHand();
        low = s.low();
        lowStockCount.set(low.size());
        categoriesById = s.categories().stream().collect(Collectors.toMap(Category::id, c -> c));
        Map<String, Integer> counts = new HashMap<>();
        products.forEach(p -> counts.merge(p.categoryId(), 1, Integer::sum));
        String selectedId = selectedCategory.get() == null || selectedCategory.get().category() == null ? null
                : selectedCategory.get().category().id();
        CategoryItem all = new CategoryItem(null, ui.i18n().text("catalog.allProducts"), products.size());
        List<CategoryItem> items = new java.util.ArrayList<>();
        items.add(all);
        for (Category c : s.categories()) {
            items.add(new CategoryItem(c, label(c), counts.getOrDefault(c.id(), 0)));
        }
        categories.setAll(items);
        selectedCategory.set(items.stream()
                .filter(i -> i.category() != null && i.category().id().equals(selectedId))
                .findFirst().orElse(all));
        filter();
        loading.set(false);
        error.set("");
    }

    private String label(Category c) {
        return ui.i18n().chinese() && c.nameZh() != null ? c.nameZh() : c.name();
    }

    /** Applies the search text and category to the in-memory index; cheap enough for every keystroke. */
    private void filter() {
        CategoryItem item = selectedCategory.get();
        String categoryId = item == null || item.category() == null ? null : item.category().id();
        boolean zh = ui.i18n().chinese();
        rows.setAll(search.search(query.get(), SEARCH_LIMIT).stream()
                .filter(p -> categoryId == null || p.categoryId().equals(categoryId))
                .filter(p -> !lowStockOnly.get() || low.contains(p.id()))
                .map(p -> row(p, zh))
                .toList());
    }

    private ProductRow row(Product p, boolean zh) {
        Category c = categoriesById.get(p.categoryId());
        String margin = p.priceMinor() == 0 ? "" : BigDecimal.valueOf((p.priceMinor() - p.costMinor()) * 1000
                / p.priceMinor(), 1).toPlainString() + " %";
        return new ProductRow(p, c == null ? "" : label(c), money(p.priceMinor()), money(p.costMinor()), margin,
                BigDecimal.valueOf(p.taxRateBp(), 2).stripTrailingZeros().toPlainString() + " %",
                String.join(" ", p.barcodes()),
                p.trackStock() ? Integer.toString(onHand.getOrDefault(p.id(), 0)) : "—", low.contains(p.id()));
    }

    private String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    public void newProduct() {
        CategoryItem item = selectedCategory.get();
        editor.clear(ids.next(), item == null ? null : item.category());
        editedProduct.set(null);
        editorProblems.clear();
        editing.set(true);
    }

    public void edit(ProductRow row) {
        if (row == null) {
            return;
        }
        editor.load(row.product(), categoriesById.get(row.product().categoryId()), currency);
        editedProduct.set(row.product());
        editorProblems.clear();
        editing.set(true);
    }

    public void cancelEdit() {
        editing.set(false);
        editorProblems.clear();
    }

    /** Checks the form; if it reads, saves it in the background and reloads the list. */
    public void save() {
        ProductEditorModel.Result result = editor.build(currency);
        editorProblems.clear();
        if (!result.ok()) {
            editorProblems.putAll(result.problems());
            return;
        }
        Product p = result.product();
        ui.tasks().run(() -> {
            catalog.saveAll(List.of(p), actingStaff.get());
            return p;
        }, saved -> {
            editing.set(false);
            status.set(ui.i18n().format("catalog.saved", saved.sku()));
            load();
        }, e -> editorProblems.put("form", Errors.describe(e)));
    }

    /** Products a bulk change applies to: the chosen category, or all products. */
    public List<Product> bulkScope() {
        CategoryItem item = selectedCategory.get();
        String categoryId = item == null || item.category() == null ? null : item.category().id();
        return products.stream().filter(p -> categoryId == null || p.categoryId().equals(categoryId)).toList();
    }

    /** Stores the previewed price changes in one transaction, each audited. */
    public void applyPriceChanges(List<BulkPriceChange.Change> changes) {
        List<Product> changed = changes.stream().map(BulkPriceChange.Change::after).toList();
        ui.tasks().run(() -> {
            catalog.saveAll(changed, actingStaff.get());
            return changed.size();
        }, n -> {
            status.set(ui.i18n().format("catalog.bulk.applied", n));
            load();
        }, e -> error.set(Errors.describe(e)));
    }

    /**
     * Reads a CSV file and works out what importing it would do, writing nothing; the plan (or the
     * reason the file cannot be used) comes back on the FX thread.
     */
    public void previewImport(Path file, boolean createCategories, Consumer<ProductImportPlan> onPlan,
            Consumer<String> onRefused) {
        ui.tasks().run(() -> importer.preview(file.getFileName().toString(), Files.readAllBytes(file),
                new ImportOptions(createCategories)), onPlan, e -> onRefused.accept(Errors.describe(e)));
    }

    /** Imports the good rows of a previewed plan in one transaction, then shows the catalog again. */
    public void applyImport(ProductImportPlan plan) {
        ui.tasks().run(() -> {
            importer.apply(plan, actingStaff.get());
            return plan;
        }, done -> {
            status.set(ui.i18n().format("catalog.import.done", done.creates().size(), done.updates().size(),
                    done.rejectedRows()));
            load();
        }, e -> error.set(ui.i18n().format("catalog.import.failed", Errors.describe(e))));
    }

    /** Writes the whole catalog as CSV in the import format (UTF-8 with BOM). */
    public void exportProducts(Path file) {
        ui.tasks().run(() -> {
            CsvExport export = importer.export();
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            Files.write(tmp, export.bytes());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return export.products();
        }, n -> status.set(ui.i18n().format("catalog.export.done", n, file)),
                e -> error.set(Errors.describe(e)));
    }

    /** Books goods that arrived; the quantity is what the person typed. */
    public void receive(Product product, String quantityText, String note) {
        Integer quantity = whole(quantityText);
        if (quantity == null) {
            error.set(ui.i18n().format("stock.notNumber", quantityText));
            return;
        }
        stockWork(() -> stockService.receive(product.id(), quantity, note, actingStaff.get()),
                ui.i18n().format("stock.received", quantity, product.sku()));
    }

    /** Books a write-off or a find with its reason. */
    public void adjust(Product product, String deltaText, String reason) {
        Integer delta = whole(deltaText);
        if (delta == null) {
            error.set(ui.i18n().format("stock.notNumber", deltaText));
            return;
        }
        stockWork(() -> stockService.adjust(product.id(), delta, reason, actingStaff.get()),
                ui.i18n().format("stock.adjusted", delta, product.sku()));
    }

    /** Books the differences of a count; products not in the map are left alone. */
    public void bookCount(Map<String, Integer> counted) {
        ui.tasks().run(() -> stockService.count(counted, actingStaff.get()), lines -> {
            long changed = lines.stream().filter(l -> l.difference() != 0).count();
            status.set(ui.i18n().format("stock.countBooked", lines.size(), changed));
            load();
        }, e -> error.set(Errors.describe(e)));
    }

    /** The latest movements of a product, for the form's stock section. */
    public void movements(Product product, Consumer<List<StockMovement>> show) {
        ui.tasks().run(() -> stock.movements(product.id(), 12), show, e -> error.set(Errors.describe(e)));
    }

    public Map<String, Integer> onHand() {
        return onHand;
    }

    private void stockWork(java.util.concurrent.Callable<?> work, String done) {
        ui.tasks().run(work, ignored -> {
            status.set(done);
            error.set("");
            load();
        }, e -> error.set(Errors.describe(e)));
    }

    private static Integer whole(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim().replace("+", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Adds a category; its code is made from the English name (or the pinyin initials of a Chinese one)
     * and must not be taken.
     */
    public void addCategory(String name, String nameZh) {
        String english = name == null ? "" : name.trim();
        String chinese = nameZh == null || nameZh.isBlank() ? null : nameZh.trim();
        String basis = !english.isEmpty() ? english : chinese == null ? "" : app.counterpart.core.catalog.Pinyin.initials(chinese);
        String code = basis.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if (code.isEmpty()) {
            error.set(ui.i18n().text("catalog.category.nameNeeded"));
            return;
        }
        boolean taken = categoriesById.values().stream().anyMatch(c -> c.code().equalsIgnoreCase(code));
        if (taken) {
            error.set(ui.i18n().format("catalog.category.taken", code));
            return;
        }
        Category category = new Category(ids.next(), code, english.isEmpty() ? chinese : english, chinese, null,
                categoriesById.size());
        ui.tasks().run(() -> {
            catalog.saveCategory(category, actingStaff.get());
            return category;
        }, c -> {
            status.set(ui.i18n().format("catalog.category.added", c.name()));
            error.set("");
            load();
        }, e -> error.set(Errors.describe(e)));
    }

    /** Shows a message that stops an action before it starts, such as "choose a product first". */
    public void explain(String message) {
        error.set(message);
    }

    public BooleanProperty lowStockOnlyProperty() {
        return lowStockOnly;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty lowStockCountProperty() {
        return lowStockCount.getReadOnlyProperty();
    }

    public Currency currency() {
        return currency;
    }

    // Properties

    public ObservableList<CategoryItem> categories() {
        return categories;
    }

    public ObjectProperty<CategoryItem> selectedCategoryProperty() {
        return selectedCategory;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ProductRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObservableMap<String, String> editorProblems() {
        return editorProblems;
    }

    /** The stored product the form shows; null for a new one. */
    public ReadOnlyObjectProperty<Product> editedProductProperty() {
        return editedProduct.getReadOnlyProperty();
    }

    public ProductEditorModel editor() {
        return editor;
    }

    public List<Category> categoryChoices() {
        return categories.stream().map(CategoryItem::category).filter(c -> c != null).toList();
    }
}
