package app.counterpart.ui.staff;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.staff.AuditViewModel.AuditRow;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The audit log: filters on top, newest entries first, "Older entries" below for the next page. */
public final class AuditView extends StackPane {

    public AuditView(AuditViewModel model, I18n i18n) {
        Label title = new Label(i18n.text("audit.title"));
        title.getStyleClass().add("page-title");
        ComboBox<AuditViewModel.Choice<app.counterpart.core.staff.Staff>> person = new ComboBox<>(model.people());
        person.setId("audit-person");
        person.setPromptText(i18n.text("audit.everyone"));
        person.valueProperty().bindBidirectional(model.personProperty());
        ComboBox<AuditViewModel.Choice<String>> action = new ComboBox<>(model.actions());
        action.setId("audit-action");
        action.setPromptText(i18n.text("audit.allActions"));
        action.valueProperty().bindBidirectional(model.actionProperty());
        DatePicker from = new DatePicker();
        from.setPromptText(i18n.text("audit.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(140);
        DatePicker to = new DatePicker();
        to.setPromptText(i18n.text("audit.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(140);
        person.valueProperty().addListener((o, a, b) -> model.search());
        action.valueProperty().addListener((o, a, b) -> model.search());
        from.valueProperty().addListener((o, a, b) -> model.search());
        to.valueProperty().addListener((o, a, b) -> model.search());
        HBox filters = new HBox(8, title, new Label(i18n.text("audit.person")), person,
                new Label(i18n.text("audit.action")), action, from, new Label("–"), to);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(title, new Insets(0, 12, 0, 0));

        TableView<AuditRow> table = new TableView<>(model.rows());
        table.setId("audit-table");
        table.getColumns().add(Tables.column(i18n.text("audit.at"), AuditRow::at, 160));
        table.getColumns().add(Tables.column(i18n.text("audit.person"), AuditRow::person, 150));
        var actionColumn = Tables.column(i18n.text("audit.action"), AuditRow::action, 190);
        actionColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                AuditRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setTooltip(row == null ? null : new Tooltip(row.code()));
            }
        });
        table.getColumns().add(actionColumn);
        table.getColumns().add(Tables.column(i18n.text("audit.detail"), AuditRow::detail, 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("list.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button more = new Button(i18n.text("audit.more"));
        more.setId("audit-more");
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(model.loadingProperty());
        more.setOnAction(e -> model.loadMore());
        Label count = new Label();
        count.getStyleClass().add("page-subtitle");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("audit.count", model.rows().size()), model.rows()));
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        HBox bottom = new HBox(12, count, more);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(12, filters, error, table, bottom);
        page.setPadding(new Insets(20));
        getChildren().add(page);
        model.load();
    }
}
