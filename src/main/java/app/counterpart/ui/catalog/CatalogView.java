package app.counterpart.ui.catalog;

import app.counterpart.core.catalog.Category;
import app.counterpart.ui.catalog.CatalogViewModel.CategoryItem;
import app.counterpart.ui.catalog.CatalogViewModel.ProductRow;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Catalog: categories on the left, the searchable product list, and the product form on the right. */
public final class CatalogView extends BorderPane {

    private final CatalogViewModel model;
    private final I18n i18n;
    private final TextField search = new TextField();

    public CatalogView(CatalogViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("catalog");
        Node categories = categoryList();
        // While the form is open the list of categories makes room for the table.
        categories.visibleProperty().bind(model.editingProperty().not());
        categories.managedProperty().bind(categories.visibleProperty());
        setLeft(categories);
        setCenter(productList());
        Node editor = editor();
        editor.visibleProperty().bind(model.editingProperty());
        editor.managedProperty().bind(editor.visibleProperty());
        setRight(editor);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        search::requestFocus);
            }
        });
        model.load();
    }

    private Node categoryList() {
        ListView<CategoryItem> list = new ListView<>(model.categories());
        list.setId("catalog-categories");
        list.getStyleClass().add("category-list");
        list.setPrefWidth(210);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CategoryItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.label());
                Label count = new Label(Integer.toString(item.count()));
                count.getStyleClass().add("count-badge");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox box = new HBox(6, name, spacer, count);
                box.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(box);
            }
        });
        model.selectedCategoryProperty().addListener((obs, old, item) -> {
            if (item != null && list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.selectedCategoryProperty().set(item);
            }
        });
        Button add = new Button(i18n.text("catalog.category.add"), new FontIcon(Feather.FOLDER_PLUS));
        add.setId("catalog-add-category");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> askCategory());
        VBox box = new VBox(8, list, add);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(20, 0, 20, 20));
        return box;
    }

    private Node productList() {
        Label title = new Label(i18n.text("catalog.title"));
        title.getStyleClass().add("page-title");
        search.setId("catalog-search");
        search.setPromptText(i18n.text("catalog.search"));
        search.setPrefColumnCount(24);
        search.setMinWidth(160);
        HBox.setHgrow(search, Priority.SOMETIMES);
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        TableView<ProductRow> table = new TableView<>(model.rows());
        Button add = new Button(i18n.text("catalog.new"), new FontIcon(Feather.PLUS));
        add.setId("catalog-new");
        add.setOnAction(e -> model.newProduct());
        Button bulk = new Button(i18n.text("catalog.bulk"), new FontIcon(Feather.PERCENT));
        bulk.setId("catalog-bulk");
        bulk.setOnAction(e -> new BulkPriceDialog(model, i18n, getScene().getWindow()).showAndApply());
        Button importButton = new Button(i18n.text("catalog.import"), new FontIcon(Feather.UPLOAD));
        importButton.setId("catalog-import");
        importButton.setOnAction(e -> chooseCsv(false).ifPresent(file ->
                new ImportDialog(model, i18n, getScene().getWindow(), file).showAndApply()));
        Button exportButton = new Button(i18n.text("catalog.export"), new FontIcon(Feather.DOWNLOAD));
        exportButton.setId("catalog-export");
        exportButton.setOnAction(e -> chooseCsv(true).ifPresent(model::exportProducts));
        javafx.scene.control.MenuButton stockMenu = stockMenu(table);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {title, add, bulk, importButton,
                exportButton, stockMenu}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, search, add, bulk, stockMenu, importButton, exportButton);
        top.setAlignment(Pos.CENTER_LEFT);

        table.setId("catalog-table");
        table.getColumns().add(Tables.column(i18n.text("catalog.sku"), r -> r.product().sku(), 90));
        table.getColumns().add(Tables.column(i18n.text("catalog.name"),
                r -> r.product().displayName(i18n.chinese()), 220));
        table.getColumns().add(Tables.column(i18n.text("catalog.category"), ProductRow::category, 120));
        table.getColumns().add(Tables.column(i18n.text("catalog.price"), ProductRow::price, 90));
        table.getColumns().add(Tables.column(i18n.text("catalog.cost"), ProductRow::cost, 90));
        table.getColumns().add(Tables.column(i18n.text("catalog.margin"), ProductRow::margin, 80));
        table.getColumns().add(Tables.column(i18n.text("catalog.tax"), ProductRow::taxRate, 60));
        table.getColumns().add(Tables.column(i18n.text("stock.onHand"), ProductRow::onHand, 70));
        table.getColumns().add(Tables.column(i18n.text("catalog.barcodes"), ProductRow::barcodes, 200));
        // Figures keep their width; the name and barcodes give way when the form takes room.
        double[] minimums = {70, 140, 80, 76, 76, 64, 48, 64, 90};
        for (int i = 0; i < minimums.length; i++) {
            table.getColumns().get(i).setMinWidth(minimums[i]);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("catalog.noMatch")));
        table.setRowFactory(t -> {
            TableRow<ProductRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ProductRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("inactive"),
                            !empty && item != null && !item.product().active());
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("low"),
                            !empty && item != null && item.low());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.edit(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.getStyleClass().add("page-subtitle");
        Runnable recount = () -> count.setText(i18n.format("catalog.count", model.rows().size()));
        model.rows().addListener((javafx.collections.ListChangeListener<ProductRow>) c -> recount.run());
        recount.run();
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        HBox bottom = new HBox(16, count, status);

        Label error = banner();
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox centre = new VBox(12, top, error, table, bottom);
        centre.setPadding(new Insets(20));
        return centre;
    }

    private Node editor() {
        ProductEditorModel e = model.editor();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
        int row = 0;
        row = field(form, row, "sku", i18n.text("catalog.sku"), text(e.sku, "editor-sku"));
        ComboBox<Category> category = new ComboBox<>();
        category.setId("editor-category");
        category.setMaxWidth(Double.MAX_VALUE);
        model.categories().addListener((javafx.collections.ListChangeListener<CategoryItem>) c ->
                category.getItems().setAll(model.categoryChoices()));
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? "" : i18n.chinese() && c.nameZh() != null ? c.nameZh() : c.name();
            }

            @Override
            public Category fromString(String s) {
                return null;
            }
        });
        category.valueProperty().bindBidirectional(e.category);
        row = field(form, row, "category", i18n.text("catalog.category"), category);
        row = field(form, row, "name", i18n.text("catalog.nameEn"), text(e.name, "editor-name"));
        row = field(form, row, "nameZh", i18n.text("catalog.nameZh"), text(e.nameZh, "editor-name-zh"));
        row = field(form, row, "barcodes", i18n.text("catalog.barcodes"), text(e.barcodes, "editor-barcodes"));
        row = field(form, row, "unit", i18n.text("catalog.unit"), text(e.unit, "editor-unit"));
        row = field(form, row, "price", i18n.text("catalog.price"), text(e.price, "editor-price"));
        row = field(form, row, "cost", i18n.text("catalog.cost"), text(e.cost, "editor-cost"));
        row = field(form, row, "taxRate", i18n.text("catalog.taxPercent"), text(e.taxRate, "editor-tax"));
        row = field(form, row, "lowStock", i18n.text("catalog.lowStock"), text(e.lowStock, "editor-low-stock"));
        row = field(form, row, "color", i18n.text("catalog.color"), text(e.color, "editor-color"));
        CheckBox active = new CheckBox(i18n.text("catalog.active"));
        active.selectedProperty().bindBidirectional(e.active);
        CheckBox track = new CheckBox(i18n.text("catalog.trackStock"));
        track.selectedProperty().bindBidirectional(e.trackStock);
        form.add(new VBox(6, active, track), 1, row++);

        Label formError = banner();
        formError.setWrapText(true);
        model.editorProblems().addListener((MapChangeListener<String, String>) c -> {
            String text = model.editorProblems().get("form");
            formError.setText(text == null ? "" : text);
        });
        formError.visibleProperty().bind(formError.textProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());

        Button save = new Button(i18n.text("common.save"));
        save.setId("editor-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(ev -> model.save());
        Button cancel = new Button(i18n.text("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(ev -> model.cancelEdit());
        HBox buttons = new HBox(10, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Node stockSection = stockSection();

        Label heading = new Label();
        heading.textProperty().bind(javafx.beans.binding.Bindings.when(e.isNewProperty())
                .then(i18n.text("catalog.editor.new")).otherwise(i18n.text("catalog.editor.edit")));
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(12, heading, form, formError, buttons, stockSection);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        scroll.setPrefWidth(380);
        VBox box = new VBox(scroll);
        box.setPadding(new Insets(20, 20, 20, 0));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    private void askCategory() {
        TextField name = new TextField();
        name.setId("category-name");
        TextField nameZh = new TextField();
        nameZh.setId("category-name-zh");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(i18n.text("catalog.nameEn")), name);
        grid.addRow(1, new Label(i18n.text("catalog.nameZh")), nameZh);
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(i18n.text("catalog.category.add"));
        dialog.getDialogPane().setContent(grid);
        javafx.scene.control.ButtonType ok = Buttons.ok(i18n);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.cancel(i18n), ok);
        dialog.showAndWait().filter(b -> b == ok)
                .ifPresent(b -> model.addCategory(name.getText(), nameZh.getText()));
    }

    /** On hand and the latest movements of the product in the form, with receive and adjust at hand. */
    private Node stockSection() {
        Label title = new Label();
        title.getStyleClass().add("card-title");
        javafx.scene.control.ListView<String> moves = new javafx.scene.control.ListView<>();
        moves.setId("editor-movements");
        moves.setPrefHeight(170);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        Button receive = new Button(i18n.text("stock.receive.menu"));
        Button adjust = new Button(i18n.text("stock.adjust.menu"));
        VBox box = new VBox(8, new javafx.scene.control.Separator(), title, moves, new HBox(8, receive, adjust));
        box.setVisible(false);
        box.setManaged(false);
        model.editedProductProperty().addListener((obs, old, p) -> {
            boolean show = p != null && p.trackStock();
            box.setVisible(show);
            box.setManaged(show);
            if (!show) {
                return;
            }
            title.setText(i18n.format("stock.section", model.onHand().getOrDefault(p.id(), 0), p.unit()));
            moves.getItems().clear();
            model.movements(p, list -> moves.getItems().setAll(list.stream()
                    .map(m -> time.format(m.createdAt()) + "   " + i18n.text("stock.kind." + m.kind().code())
                            + "   " + (m.quantity() > 0 ? "+" : "") + m.quantity()
                            + (m.reason() == null ? "" : "   · " + m.reason()))
                    .toList()));
            receive.setOnAction(ev -> StockDialogs.receive(model, i18n, getScene().getWindow(), p));
            adjust.setOnAction(ev -> StockDialogs.adjust(model, i18n, getScene().getWindow(), p));
        });
        return box;
    }

    /** Receive, adjust and count stock for the selected product or the products on screen. */
    private javafx.scene.control.MenuButton stockMenu(TableView<ProductRow> table) {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(i18n.text("stock.menu"),
                new FontIcon(Feather.ARCHIVE));
        menu.setId("catalog-stock");
        javafx.scene.control.MenuItem receive = new javafx.scene.control.MenuItem(i18n.text("stock.receive.menu"));
        receive.setOnAction(e -> selectedTracked(table).ifPresent(p ->
                StockDialogs.receive(model, i18n, getScene().getWindow(), p)));
        javafx.scene.control.MenuItem adjust = new javafx.scene.control.MenuItem(i18n.text("stock.adjust.menu"));
        adjust.setOnAction(e -> selectedTracked(table).ifPresent(p ->
                StockDialogs.adjust(model, i18n, getScene().getWindow(), p)));
        javafx.scene.control.MenuItem count = new javafx.scene.control.MenuItem(i18n.text("stock.count.menu"));
        count.setOnAction(e -> StockDialogs.count(model, i18n, getScene().getWindow(),
                model.rows().stream().map(ProductRow::product).toList(), model.onHand()));
        javafx.scene.control.CheckMenuItem lowOnly = new javafx.scene.control.CheckMenuItem();
        lowOnly.textProperty().bind(javafx.beans.binding.Bindings.format(i18n.text("stock.lowOnly"),
                model.lowStockCountProperty()));
        lowOnly.selectedProperty().bindBidirectional(model.lowStockOnlyProperty());
        menu.getItems().addAll(receive, adjust, count, new javafx.scene.control.SeparatorMenuItem(), lowOnly);
        return menu;
    }

    /** The selected product when it keeps stock; otherwise the reason, shown in the status line. */
    private java.util.Optional<app.counterpart.core.catalog.Product> selectedTracked(TableView<ProductRow> table) {
        ProductRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            model.explain(i18n.text("stock.selectFirst"));
            return java.util.Optional.empty();
        }
        if (!row.product().trackStock()) {
            model.explain(i18n.format("stock.notTracked", row.product().sku()));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(row.product());
    }

    private java.util.Optional<java.nio.file.Path> chooseCsv(boolean save) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        java.io.File file;
        if (save) {
            chooser.setInitialFileName("products.csv");
            file = chooser.showSaveDialog(getScene().getWindow());
        } else {
            file = chooser.showOpenDialog(getScene().getWindow());
        }
        return java.util.Optional.ofNullable(file).map(java.io.File::toPath);
    }

    private static TextField text(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** A labelled field with its problem text under it, shown only when the model names one. */
    private int field(GridPane form, int row, String key, String label, javafx.scene.control.Control control) {
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(240);
        model.editorProblems().addListener((MapChangeListener<String, String>) c -> {
            String text = model.editorProblems().get(key);
            problem.setText(text == null ? "" : text);
        });
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        form.add(new Label(label), 0, row);
        form.add(new VBox(2, control, problem), 1, row);
        return row + 1;
    }

    private static Label banner() {
        Label label = new Label();
        label.getStyleClass().add("error-banner");
        return label;
    }
}
