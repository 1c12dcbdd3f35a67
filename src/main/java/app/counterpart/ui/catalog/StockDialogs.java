package app.counterpart.ui.catalog;

import app.counterpart.core.catalog.Product;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Receiving, adjusting and counting stock: small forms whose work the view model does off the FX thread. */
final class StockDialogs {

    private StockDialogs() {
    }

    /** Goods arrived: how many, and a note such as the supplier's delivery number. */
    static void receive(CatalogViewModel model, I18n i18n, Window owner, Product product) {
        TextField quantity = new TextField();
        quantity.setId("receive-quantity");
        TextField note = new TextField();
        note.setId("receive-note");
        Dialog<ButtonType> dialog = form(i18n, owner, i18n.text("stock.receive.title"),
                product.sku() + "  " + product.displayName(i18n.chinese()),
                grid(i18n.text("stock.quantity"), quantity, i18n.text("stock.note"), note), i18n.text("stock.receive.ok"));
        quantity.requestFocus();
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> model.receive(product, quantity.getText(), note.getText()));
    }

    /** Broken, expired, tasting, found: a signed change and the reason for it. */
    static void adjust(CatalogViewModel model, I18n i18n, Window owner, Product product) {
        TextField delta = new TextField();
        delta.setId("adjust-delta");
        delta.setPromptText("-2");
        TextField reason = new TextField();
        reason.setId("adjust-reason");
        reason.setPromptText(i18n.text("stock.reason.prompt"));
        Dialog<ButtonType> dialog = form(i18n, owner, i18n.text("stock.adjust.title"),
                product.sku() + "  " + product.displayName(i18n.chinese()),
                grid(i18n.text("stock.change"), delta, i18n.text("stock.reason"), reason), i18n.text("stock.adjust.ok"));
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> model.adjust(product, delta.getText(), reason.getText()));
    }

    /** One line of the count sheet: the product, what the ledger says, and what the shelf holds. */
    static final class CountRow {
        final Product product;
        final int expected;
        final StringProperty counted = new SimpleStringProperty("");

        CountRow(Product product, int expected) {
            this.product = product;
            this.expected = expected;
        }

        String difference() {
            try {
                int d = Integer.parseInt(counted.get().trim()) - expected;
                return d > 0 ? "+" + d : Integer.toString(d);
            } catch (NumberFormatException e) {
                return "";
            }
        }
    }

    /** A count sheet for the products on screen; only the lines with a counted figure are booked. */
    static void count(CatalogViewModel model, I18n i18n, Window owner, List<Product> products,
            Map<String, Integer> onHand) {
        ObservableList<CountRow> rows = FXCollections.observableArrayList();
        products.stream().filter(Product::trackStock).forEach(p -> rows.add(new CountRow(p, onHand.getOrDefault(p.id(), 0))));
        TableView<CountRow> table = new TableView<>(rows);
        table.setId("count-sheet");
        table.setEditable(true);
        table.getColumns().add(Tables.column(i18n.text("catalog.sku"), r -> r.product.sku(), 90));
        table.getColumns().add(Tables.column(i18n.text("catalog.name"), r -> r.product.displayName(i18n.chinese()), 220));
        table.getColumns().add(Tables.column(i18n.text("stock.expected"), r -> r.expected, 80));
        TableColumn<CountRow, String> counted = new TableColumn<>(i18n.text("stock.counted"));
        counted.setCellValueFactory(c -> c.getValue().counted);
        counted.setCellFactory(TextFieldTableCell.forTableColumn());
        counted.setOnEditCommit(e -> {
            e.getRowValue().counted.set(e.getNewValue());
            table.refresh();
        });
        counted.setPrefWidth(90);
        table.getColumns().add(counted);
        table.getColumns().add(Tables.column(i18n.text("stock.difference"), CountRow::difference, 90));
        table.setPrefSize(620, 420);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("stock.count.title"));
        dialog.setHeaderText(i18n.text("stock.count.header"));
        ButtonType book = new ButtonType(i18n.text("stock.count.book"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.cancel(i18n), book);
        dialog.getDialogPane().setContent(new VBox(8, table, problem));
        dialog.setResizable(true);
        dialog.getDialogPane().lookupButton(book).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Map<String, Integer> figures = new LinkedHashMap<>();
            for (CountRow r : rows) {
                String text = r.counted.get().trim();
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    figures.put(r.product.id(), Integer.parseInt(text));
                } catch (NumberFormatException ex) {
                    problem.setText(i18n.format("stock.count.notNumber", r.product.sku(), text));
                    e.consume();
                    return;
                }
            }
            if (figures.isEmpty()) {
                problem.setText(i18n.text("stock.count.nothing"));
                e.consume();
                return;
            }
            model.bookCount(figures);
        });
        dialog.showAndWait();
    }

    private static GridPane grid(String firstLabel, TextField first, String secondLabel, TextField second) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(firstLabel), first);
        grid.addRow(1, new Label(secondLabel), second);
        return grid;
    }

    private static Dialog<ButtonType> form(I18n i18n, Window owner, String title, String header, GridPane content, String ok) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.cancel(i18n),
                new ButtonType(ok, ButtonBar.ButtonData.OK_DONE));
        dialog.getDialogPane().setContent(content);
        return dialog;
    }
}
