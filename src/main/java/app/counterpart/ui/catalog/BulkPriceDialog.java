package app.counterpart.ui.catalog;

import app.counterpart.core.catalog.BulkPriceChange;
import app.counterpart.core.catalog.BulkPriceChange.Change;
import app.counterpart.core.common.Money;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import java.math.BigDecimal;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Change the prices of a category (or of everything) by a percentage or an amount, seen before applied. */
final class BulkPriceDialog {

    private final CatalogViewModel model;
    private final I18n i18n;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<BulkPriceChange.Mode> mode = new ChoiceBox<>(
            FXCollections.observableArrayList(BulkPriceChange.Mode.values()));
    private final TextField value = new TextField();
    private final ChoiceBox<String> step = new ChoiceBox<>(FXCollections.observableArrayList("0.01", "0.10", "0.50", "1.00"));
    private final TableView<Change> preview = new TableView<>();
    private final Label problem = new Label();
    private final ButtonType apply;
    private List<Change> changes = List.of();

    BulkPriceDialog(CatalogViewModel model, I18n i18n, Window owner) {
        this.model = model;
        this.i18n = i18n;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("catalog.bulk"));
        var scope = model.selectedCategoryProperty().get();
        dialog.setHeaderText(i18n.format("catalog.bulk.header", scope == null ? "" : scope.label(),
                model.bulkScope().size()));
        apply = new ButtonType(i18n.text("catalog.bulk.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(Buttons.cancel(i18n), apply);

        mode.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(BulkPriceChange.Mode m) {
                return m == null ? "" : i18n.text("catalog.bulk.mode." + m.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public BulkPriceChange.Mode fromString(String s) {
                return null;
            }
        });
        mode.setValue(BulkPriceChange.Mode.PERCENT);
        value.setId("bulk-value");
        value.setPromptText("+5  /  -10");
        step.setValue("0.10");
        problem.getStyleClass().add("field-problem");

        preview.getColumns().add(Tables.column(i18n.text("catalog.sku"), c -> c.before().sku(), 90));
        preview.getColumns().add(Tables.column(i18n.text("catalog.name"),
                c -> c.before().displayName(i18n.chinese()), 200));
        preview.getColumns().add(Tables.column(i18n.text("catalog.bulk.old"), c -> money(c.before().priceMinor()), 90));
        preview.getColumns().add(Tables.column(i18n.text("catalog.bulk.new"), c -> money(c.after().priceMinor()), 90));
        preview.setPrefHeight(280);
        preview.setPlaceholder(new Label(i18n.text("catalog.bulk.nothing")));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.text("catalog.bulk.by")), mode);
        grid.addRow(1, new Label(i18n.text("catalog.bulk.value")), value);
        grid.addRow(2, new Label(i18n.text("catalog.bulk.roundTo")), step);
        dialog.getDialogPane().setContent(new VBox(12, grid, problem, preview));
        dialog.getDialogPane().setPrefWidth(560);

        mode.valueProperty().addListener((o, a, b) -> recompute());
        value.textProperty().addListener((o, a, b) -> recompute());
        step.valueProperty().addListener((o, a, b) -> recompute());
        recompute();
    }

    private String money(long minor) {
        return Money.format(minor, model.currency(), i18n.locale());
    }

    /** Pure arithmetic on the loaded products: fine to run as the person types. */
    private void recompute() {
        problem.setText("");
        changes = List.of();
        String text = value.getText() == null ? "" : value.getText().trim().replace("+", "");
        if (!text.isEmpty()) {
            try {
                BigDecimal number = new BigDecimal(text);
                long v = mode.getValue() == BulkPriceChange.Mode.PERCENT
                        ? number.movePointRight(2).longValueExact()
                        : Money.parse(text, model.currency());
                long stepMinor = Money.parse(step.getValue(), model.currency());
                changes = BulkPriceChange.compute(model.bulkScope(), mode.getValue(), v, stepMinor);
            } catch (NumberFormatException | ArithmeticException e) {
                problem.setText(i18n.text("catalog.bulk.badValue"));
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
            }
        }
        preview.getItems().setAll(changes);
        dialog.getDialogPane().lookupButton(apply).setDisable(changes.isEmpty());
    }

    void showAndApply() {
        dialog.showAndWait().filter(b -> b == apply).ifPresent(b -> model.applyPriceChanges(changes));
    }
}
