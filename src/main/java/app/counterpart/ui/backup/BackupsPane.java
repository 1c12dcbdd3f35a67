package app.counterpart.ui.backup;

import app.counterpart.ui.common.I18n;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The list of backups, newest first, with Restore… (after a confirmation naming the backup's date). */
public final class BackupsPane extends VBox {

    public BackupsPane(BackupsViewModel model, I18n i18n, javafx.scene.Node... moreButtons) {
        super(10);
        TableView<BackupsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("backups-table");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("backup.none")));
        table.getColumns().add(column(i18n.text("backup.column.takenAt"), BackupsViewModel.Row::takenAt));
        table.getColumns().add(column(i18n.text("backup.column.reason"), BackupsViewModel.Row::reason));
        table.getColumns().add(column(i18n.text("backup.column.size"), BackupsViewModel.Row::size));
        table.getSelectionModel().selectFirst();
        model.rows().addListener((javafx.collections.ListChangeListener<BackupsViewModel.Row>) c -> {
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });

        Button restore = new Button(i18n.text("backup.restore"));
        restore.setId("backups-restore");
        restore.disableProperty().bind(model.busyProperty()
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> {
            BackupsViewModel.Row row = table.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.confirmation(row), ButtonType.CANCEL,
                    ButtonType.OK);
            confirm.setHeaderText(i18n.text("backup.restore.title"));
            if (getScene() != null) {
                confirm.initOwner(getScene().getWindow());
            }
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.restore(row));
        });
        HBox buttons = new HBox(8, moreButtons);
        buttons.getChildren().add(restore);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("backups-message");
        message.setWrapText(true);
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label error = new Label();
        error.setId("backups-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(table, buttons, message, error);
    }

    private static TableColumn<BackupsViewModel.Row, String> column(String title,
            java.util.function.Function<BackupsViewModel.Row, String> value) {
        TableColumn<BackupsViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
