package app.counterpart.ui.sell;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.sell.SellViewModel.LineRow;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The cashier's screen, keyboard first: the input takes scans, SKUs and names; function keys do
 * everything else (the strip at the bottom lists them). The mouse works too, for quick keys and buttons.
 */
public final class SellView extends BorderPane {

    private final SellViewModel model;
    private final I18n i18n;
    private final SellDialogs dialogs;
    private final TextField input = new TextField();
    private final ListView<Product> suggestions = new ListView<>();
    private final TableView<LineRow> table = new TableView<>();

    public SellView(SellViewModel model, SellDialogs.Receipts receipts) {
        this.model = model;
        this.i18n = model.i18n();
        this.dialogs = new SellDialogs(model, receipts, this);
        getStyleClass().add("sell");
        setId("sell-view");

        setTop(inputBar());
        setCenter(centre());
        setRight(sidePanel());
        setBottom(footer());

        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(input::requestFocus);
            }
        });
        model.cashierProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(input::requestFocus));
        model.load();
    }

    /**
     * Puts the goal strip (issue 7) under the input bar; returns the screen with the strip's toast layer
     * over it, which is what to show.
     */
    public javafx.scene.Node showGoals(GoalStrip strip) {
        setTop(new javafx.scene.layout.VBox(getTop(), strip));
        return new StackPane(this, strip.toastLayer());
    }

    // ---- Layout ----

    private HBox inputBar() {
        input.setId("sell-input");
        input.setPromptText(i18n.text("sell.input.prompt"));
        input.getStyleClass().add("sell-input");
        HBox.setHgrow(input, Priority.ALWAYS);
        input.textProperty().addListener((o, a, text) -> model.typed(text));
        input.setOnAction(e -> enter());

        Label cashier = chip("sell-cashier", Feather.USER);
        cashier.textProperty().bind(Bindings.createStringBinding(() -> {
            Staff s = model.cashierProperty().get();
            return s == null ? i18n.text("sell.nobody") : s.displayName(i18n.chinese());
        }, model.cashierProperty()));
        cashier.setTooltip(new Tooltip(i18n.text("sell.key.f2")));
        Label shift = chip("sell-shift", Feather.CLOCK);
        shift.textProperty().bind(Bindings.createStringBinding(() -> model.shiftProperty().get() == null
                ? i18n.text("sell.shift.none") : i18n.text("sell.shift.open"), model.shiftProperty()));
        shift.getStyleClass().add("sell-chip");
        model.shiftProperty().addListener((o, a, b) -> shift.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("warn"), b == null));
        shift.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warn"), true);
        Label parked = chip("sell-parked", Feather.PAUSE_CIRCLE);
        parked.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("sell.parked_count", model.parkedCountProperty().get()), model.parkedCountProperty()));

        HBox bar = new HBox(10, input, cashier, shift, parked);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 10, 0));
        return bar;
    }

    private static Label chip(String id, Feather icon) {
        Label l = new Label();
        l.setId(id);
        l.setGraphic(new FontIcon(icon));
        l.getStyleClass().add("sell-chip");
        return l;
    }

    private StackPane centre() {
        table.setId("cart-table");
        table.setItems(model.lines());
        table.setPlaceholder(new Label(i18n.text("sell.cart.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", r -> Integer.toString(r.lineNo()), 40, false));
        table.getColumns().add(column(i18n.text("sell.col.item"), LineRow::name, 260, false));
        table.getColumns().add(column(i18n.text("sell.col.qty"), r -> Integer.toString(r.quantity()), 60, true));
        table.getColumns().add(column(i18n.text("sell.col.price"), LineRow::unitPrice, 100, true));
        table.getColumns().add(column(i18n.text("sell.col.discount"), LineRow::discount, 100, true));
        table.getColumns().add(column(i18n.text("sell.col.total"), LineRow::total, 110, true));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LineRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("override"),
                        !empty && row != null && row.overridden());
            }
        });
        table.setFocusTraversable(false);
        // The newest line is selected, so F3/F5/Delete act on what was just scanned.
        model.lines().addListener((javafx.collections.ListChangeListener<LineRow>) c -> {
            if (!model.lines().isEmpty()) {
                String keep = selectedLineId();
                int index = model.lines().size() - 1;
                for (int i = 0; i < model.lines().size(); i++) {
                    if (model.lines().get(i).lineId().equals(keep) && !lastChangeWasAdd) {
                        index = i;
                    }
                }
                table.getSelectionModel().select(index);
                table.scrollTo(index);
            }
            lastChangeWasAdd = false;
        });

        suggestions.setId("sell-suggestions");
        suggestions.setItems(model.suggestions());
        suggestions.setMaxHeight(8 * 30 + 4);
        suggestions.setFocusTraversable(false);
        suggestions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Product p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.sku() + "   " + p.displayName(i18n.chinese()) + "   "
                        + model.money(p.priceMinor()));
            }
        });
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(model.suggestions()));
        model.suggestions().addListener((javafx.collections.ListChangeListener<Product>) c -> {
            if (!model.suggestions().isEmpty()) {
                suggestions.getSelectionModel().select(0);
            }
        });
        suggestions.setOnMouseClicked(e -> {
            Product p = suggestions.getSelectionModel().getSelectedItem();
            if (p != null) {
                addFromSuggestion(p);
            }
        });
        StackPane.setAlignment(suggestions, Pos.TOP_LEFT);
        StackPane stack = new StackPane(table, suggestions);
        return stack;
    }

    private boolean lastChangeWasAdd;

    private static TableColumn<LineRow, String> column(String title, java.util.function.Function<LineRow, String> value,
            double width, boolean right) {
        TableColumn<LineRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        if (right) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    private VBox sidePanel() {
        Label customerTitle = new Label(i18n.text("sell.customer"));
        customerTitle.getStyleClass().add("sell-side-title");
        Label customer = new Label();
        customer.setId("sell-customer");
        customer.setWrapText(true);
        customer.textProperty().bind(Bindings.createStringBinding(() -> model.customerTextProperty().get().isEmpty()
                ? i18n.text("sell.customer.none") : model.customerTextProperty().get(), model.customerTextProperty()));
        Label note = new Label();
        note.setId("sell-customer-note");
        note.getStyleClass().add("sell-customer-note");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setGraphic(new FontIcon(Feather.MESSAGE_SQUARE));
        note.textProperty().bind(model.customerNoteProperty());
        note.visibleProperty().bind(model.customerNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label servedTitle = new Label(i18n.text("sell.served_by"));
        servedTitle.getStyleClass().add("sell-side-title");
        Label served = new Label();
        served.setId("sell-served-by");
        served.textProperty().bind(model.servedByTextProperty());

        GridPane totals = new GridPane();
        totals.getStyleClass().add("sell-totals");
        totals.setHgap(12);
        totals.setVgap(4);
        row(totals, 0, i18n.text("sell.subtotal"), model.subtotalProperty(), "sell-subtotal");
        row(totals, 1, i18n.text("sell.discount"), model.discountProperty(), "sell-discount");
        row(totals, 2, i18n.text(model.till().shop().pricesIncludeTax() ? "sell.tax_included" : "sell.tax_added"),
                model.taxProperty(), "sell-tax");
        Label totalLabel = new Label(i18n.text("sell.total"));
        totalLabel.getStyleClass().add("sell-total-label");
        Label total = new Label();
        total.setId("sell-total");
        total.getStyleClass().add("sell-total");
        total.textProperty().bind(model.totalProperty());
        Label paid = new Label();
        paid.setId("sell-paid");
        paid.getStyleClass().add("sell-paid");
        paid.textProperty().bind(model.paidProperty());
        paid.setWrapText(true);

        Button pay = new Button(i18n.text("sell.pay"), new FontIcon(Feather.CREDIT_CARD));
        pay.setId("sell-pay");
        pay.getStyleClass().addAll("accent", "sell-pay");
        pay.setMaxWidth(Double.MAX_VALUE);
        pay.setFocusTraversable(false);
        pay.disableProperty().bind(model.payingProperty().or(Bindings.isEmpty(model.lines())));
        pay.setOnAction(e -> dialogs.payment());

        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox side = new VBox(6, customerTitle, customer, note, servedTitle, served, new Region(), totals, totalLabel, total,
                paid, grow, pay);
        side.getStyleClass().add("sell-side");
        side.setPrefWidth(300);
        side.setMinWidth(260);
        side.setPadding(new Insets(12));
        BorderPane.setMargin(side, new Insets(0, 0, 0, 12));
        return side;
    }

    private static void row(GridPane grid, int r, String label, javafx.beans.value.ObservableValue<String> value,
            String id) {
        Label l = new Label(label);
        l.getStyleClass().add("sell-figure-label");
        Label v = new Label();
        v.setId(id);
        v.textProperty().bind(value);
        v.getStyleClass().add("sell-figure");
        GridPane.setHgrow(v, Priority.ALWAYS);
        v.setMaxWidth(Double.MAX_VALUE);
        v.setAlignment(Pos.CENTER_RIGHT);
        grid.add(l, 0, r);
        grid.add(v, 1, r);
    }

    private VBox footer() {
        TilePane keys = new TilePane(8, 8);
        keys.setId("sell-quick-keys");
        keys.setPrefColumns(6);
        keys.getStyleClass().add("sell-quick-keys");
        model.quickKeys().addListener((javafx.collections.ListChangeListener<Product>) c -> {
            keys.getChildren().clear();
            for (Product p : model.quickKeys()) {
                Button b = new Button(p.displayName(i18n.chinese()) + "\n" + model.money(p.priceMinor()));
                b.getStyleClass().add("quick-key");
                b.setFocusTraversable(false);
                b.setPrefSize(150, 52);
                b.setWrapText(true);
                if (p.color() != null && p.color().matches("#[0-9a-fA-F]{6}")) {
                    b.setStyle("-fx-border-color: transparent transparent transparent " + p.color()
                            + "; -fx-border-width: 0 0 0 5;");
                }
                b.setOnAction(e -> {
                    model.add(p, 1);
                    input.requestFocus();
                });
                keys.getChildren().add(b);
            }
        });

        Label message = new Label();
        message.setId("sell-message");
        message.getStyleClass().add("sell-message");
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), b));
        message.setMaxWidth(Double.MAX_VALUE);

        Label hints = new Label(i18n.text("sell.keys"));
        hints.getStyleClass().add("sell-hints");
        hints.setWrapText(true);
        VBox footer = new VBox(8, keys, message, hints);
        footer.setPadding(new Insets(10, 0, 0, 0));
        return footer;
    }

    // ---- Keys ----

    private void keys(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        switch (code) {
            case F2 -> dialogs.signIn();
            case F3 -> ifLine(dialogs::quantity);
            case F4 -> dialogs.customer();
            case F5 -> ifLine(dialogs::lineDiscount);
            case F6 -> dialogs.cartDiscount();
            case F7 -> ifLine(dialogs::priceOverride);
            case F8 -> dialogs.servedBy();
            case F9 -> dialogs.parkOrResume();
            case F10 -> dialogs.refund();
            case F11 -> dialogs.shift();
            case F12 -> dialogs.payment();
            case ESCAPE -> {
                if (input.getText().isEmpty()) {
                    handled = false;
                } else {
                    input.clear();
                }
            }
            case UP, DOWN -> moveSelection(code == KeyCode.UP ? -1 : 1);
            case DELETE -> {
                if (input.getText().isEmpty()) {
                    model.remove(selectedLineId());
                } else {
                    handled = false;
                }
            }
            default -> handled = false;
        }
        if (!handled && REPRINT.match(e)) {
            dialogs.reprint();
            handled = true;
        }
        if (handled) {
            e.consume();
            input.requestFocus();
        }
    }

    private static final KeyCombination REPRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private void moveSelection(int delta) {
        if (suggestions.isVisible()) {
            int i = Math.max(0, Math.min(model.suggestions().size() - 1,
                    suggestions.getSelectionModel().getSelectedIndex() + delta));
            suggestions.getSelectionModel().select(i);
            suggestions.scrollTo(i);
        } else if (!model.lines().isEmpty()) {
            int i = Math.max(0, Math.min(model.lines().size() - 1, table.getSelectionModel().getSelectedIndex() + delta));
            table.getSelectionModel().select(i);
            table.scrollTo(i);
        }
    }

    private void enter() {
        String text = input.getText();
        if (text.isBlank()) {
            if (!model.lines().isEmpty()) {
                dialogs.payment();
            }
            return;
        }
        Product chosen = suggestions.isVisible() ? suggestions.getSelectionModel().getSelectedItem() : null;
        boolean ok;
        lastChangeWasAdd = true;
        if (chosen != null && !text.contains("*")) {
            ok = model.add(chosen, 1);
        } else {
            ok = model.enter(text);
        }
        if (ok) {
            input.clear();
        } else {
            input.selectAll();
        }
    }

    private void addFromSuggestion(Product p) {
        lastChangeWasAdd = true;
        if (model.add(p, 1)) {
            input.clear();
        }
        input.requestFocus();
    }

    String selectedLineId() {
        LineRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.lineId();
    }

    private void ifLine(java.util.function.Consumer<String> action) {
        String id = selectedLineId();
        if (id != null) {
            action.accept(id);
        }
    }

    void focusInput() {
        input.requestFocus();
    }
}
