package app.counterpart.ui.staff.incentives;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.staff.incentives.PayoutsViewModel.ExplanationLine;
import app.counterpart.ui.staff.incentives.PayoutsViewModel.PayoutRow;
import java.io.File;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The payouts tab: a period chooser, a row per person with the period's total under the table, the
 * selected person's applications line by line (reversals in red), the draft or closed status, and the
 * owner's export and close buttons.
 */
public final class PayoutsView extends VBox {

    public PayoutsView(PayoutsViewModel model, I18n i18n, Supplier<Window> owner) {
        setId("payouts");
        setSpacing(12);
        setPadding(new Insets(20));

        Label title = new Label(i18n.text("payouts.title"));
        title.getStyleClass().add("page-title");
        Button previous = new Button(i18n.text("payouts.previous"));
        previous.setId("payouts-previous");
        previous.setOnAction(e -> model.previous());
        Button current = new Button(i18n.text("payouts.current"));
        current.setId("payouts-current");
        current.setOnAction(e -> model.current());
        Button next = new Button(i18n.text("payouts.next"));
        next.setId("payouts-next");
        next.setOnAction(e -> model.next());
        for (Button b : new Button[] {previous, current, next}) {
            b.disableProperty().bind(model.busyProperty());
        }
        Label period = new Label();
        period.setId("payouts-period");
        period.getStyleClass().add("card-title");
        period.textProperty().bind(model.periodTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button export = new Button(i18n.text("payouts.export"));
        export.setId("payouts-export");
        export.setOnAction(e -> chooseAndExport(model, i18n, owner, false));
        Button exportDetail = new Button(i18n.text("payouts.exportDetail"));
        exportDetail.setId("payouts-export-detail");
        exportDetail.setOnAction(e -> chooseAndExport(model, i18n, owner, true));
        export.disableProperty().bind(model.busyProperty());
        exportDetail.disableProperty().bind(model.busyProperty());
        for (Button b : new Button[] {export, exportDetail}) {
            b.setVisible(model.seesEveryone());
            b.setManaged(model.seesEveryone());
        }
        Button close = new Button(i18n.text("payouts.close"));
        close.setId("payouts-close");
        close.getStyleClass().add("accent");
        close.setVisible(model.owner());
        close.setManaged(model.owner());
        close.disableProperty().bind(model.busyProperty().or(model.closedProperty()));
        close.setOnAction(e -> confirmAndClose(model, i18n, owner));
        // Two rows: on a 1280-pixel screen one row cut every button's text to "…".
        HBox top = new HBox(10, title, spacer, export, exportDetail, close);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox navigation = new HBox(10, previous, current, next, period);
        navigation.setAlignment(Pos.CENTER_LEFT);
        for (Region r : new Region[] {title, previous, current, next, export, exportDetail, close}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }

        Label status = new Label();
        status.setId("payouts-status");
        status.getStyleClass().add("payouts-status");
        status.textProperty().bind(model.statusProperty());
        model.closedProperty().addListener((o, a, c) -> status.pseudoClassStateChanged(CLOSED, c));

        Label error = new Label();
        error.setId("payouts-error");
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label message = new Label();
        message.setId("payouts-message");
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        TableView<PayoutRow> table = new TableView<>(model.rows());
        table.setId("payouts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("payouts.empty")));
        if (!model.seesEveryone()) {
            // One row, the person's own: the room goes to the lines that explain it.
            table.setMaxHeight(96);
        }
        table.getColumns().add(Tables.column(i18n.text("payouts.col.name"), PayoutRow::name, 180));
        table.getColumns().add(Tables.column(i18n.text("payouts.col.kind"), PayoutRow::kind, 130));
        table.getColumns().add(Tables.column(i18n.text("payouts.col.role"), PayoutRow::role, 100));
        table.getColumns().add(money(i18n.text("payouts.col.salesBase"), PayoutRow::salesBase, 140));
        table.getColumns().add(money(i18n.text("payouts.col.commission"), PayoutRow::commission, 120));
        table.getColumns().add(money(i18n.text("payouts.col.bonuses"), PayoutRow::bonuses, 110));
        table.getColumns().add(money(i18n.text("payouts.col.total"), PayoutRow::total, 120));
        table.setPrefHeight(360);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> model.selectedProperty().set(row));

        Label total = new Label();
        total.setId("payouts-total");
        total.getStyleClass().add("payouts-total");
        total.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("payouts.total", model.totalProperty().get()), model.totalProperty()));
        HBox totalLine = new HBox(total);
        totalLine.setAlignment(Pos.CENTER_RIGHT);

        Label linesTitle = new Label(i18n.text("payouts.lines"));
        linesTitle.getStyleClass().add("card-title");
        ListView<ExplanationLine> lines = new ListView<>(model.lines());
        lines.setId("payouts-lines");
        lines.setPlaceholder(new Label(i18n.text("payouts.lines.empty")));
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ExplanationLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                pseudoClassStateChanged(REVERSAL, !empty && line != null && line.reversal());
            }
        });
        getStyleClass().add("payouts");
        VBox.setVgrow(lines, Priority.ALWAYS);
        lines.setPrefHeight(220);

        getChildren().addAll(top, navigation, status, error, message, table, totalLine, linesTitle, lines);
        model.current();
    }

    private static final javafx.css.PseudoClass REVERSAL = javafx.css.PseudoClass.getPseudoClass("reversal");
    private static final javafx.css.PseudoClass CLOSED = javafx.css.PseudoClass.getPseudoClass("closed");

    private static TableColumn<PayoutRow, String> money(String title, java.util.function.Function<PayoutRow, String> value,
            double width) {
        TableColumn<PayoutRow, String> column = Tables.column(title, value, width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static void chooseAndExport(PayoutsViewModel model, I18n i18n, Supplier<Window> owner, boolean detail) {
        if (model.run() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("payouts.export.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(model.exportFileName(detail));
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            model.export(file.toPath(), detail);
        }
    }

    private static void confirmAndClose(PayoutsViewModel model, I18n i18n, Supplier<Window> owner) {
        if (!model.endedProperty().get()) {
            model.close(); // refuses with a clear message: the period is still open
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                i18n.format("payouts.closeConfirm.text", model.periodTextProperty().get(), model.totalProperty().get()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle(i18n.text("payouts.closeConfirm.title"));
        confirm.setHeaderText(i18n.text("payouts.closeConfirm.title"));
        Window w = owner.get();
        if (w != null) {
            confirm.initOwner(w);
        }
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.close());
    }
}
