package app.counterpart.ui.staff.goals;

import app.counterpart.core.goals.Cadence;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.staff.goals.GoalsViewModel.GoalRow;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Goals tab: progress for everyone, and the form that sets a target (owner and manager only). */
public final class GoalsView extends VBox {

    public GoalsView(GoalsViewModel model) {
        I18n i18n = model.i18n();
        setId("goals-view");
        setSpacing(12);
        setPadding(new Insets(16));

        Label title = new Label(i18n.text("goals.title"));
        title.getStyleClass().add("page-title");

        TableView<GoalRow> table = new TableView<>(model.rows());
        table.setId("goals-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("list.empty")));
        table.getColumns().add(Tables.column(i18n.text("goals.col.name"), GoalRow::name, 200));
        table.getColumns().add(Tables.column(i18n.text("goals.col.kind"), GoalRow::kind, 80));
        table.getColumns().add(Tables.column(i18n.text("goals.col.today"), GoalRow::dayNet, 110));
        table.getColumns().add(Tables.column(i18n.text("goals.col.daily_target"), GoalRow::dayTarget, 110));
        table.getColumns().add(bar(i18n.text("goals.col.today_progress"), GoalRow::dayFraction));
        table.getColumns().add(Tables.column(i18n.text("goals.col.week"), GoalRow::weekNet, 110));
        table.getColumns().add(Tables.column(i18n.text("goals.col.weekly_target"), GoalRow::weekTarget, 110));
        table.getColumns().add(bar(i18n.text("goals.col.week_progress"), GoalRow::weekFraction));
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().addAll(title, form(model, i18n), table);
        model.load();
    }

    private static TableColumn<GoalRow, Double> bar(String title, java.util.function.ToDoubleFunction<GoalRow> f) {
        TableColumn<GoalRow, Double> c = Tables.column(title, r -> f.applyAsDouble(r), 170);
        c.setCellFactory(col -> new ProgressCells<>());
        return c;
    }

    private static VBox form(GoalsViewModel model, I18n i18n) {
        ComboBox<GoalsViewModel.Choice> who = new ComboBox<>(model.choices());
        who.setId("goals-who");
        who.setPromptText(i18n.text("goals.form.who"));
        who.valueProperty().bindBidirectional(model.chosenProperty());
        ComboBox<Cadence> cadence = new ComboBox<>();
        cadence.setId("goals-cadence");
        cadence.getItems().setAll(Cadence.values());
        cadence.valueProperty().bindBidirectional(model.cadenceProperty());
        cadence.setCellFactory(l -> cadenceCell(i18n));
        cadence.setButtonCell(cadenceCell(i18n));
        TextField amount = new TextField();
        amount.setId("goals-amount");
        amount.setPromptText(i18n.text("goals.form.amount"));
        amount.setPrefColumnCount(9);
        amount.textProperty().bindBidirectional(model.amountProperty());
        DatePicker from = new DatePicker();
        from.setId("goals-from");
        from.setPromptText(i18n.text("goals.form.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        Button save = new Button(i18n.text("goals.form.save"));
        save.setId("goals-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Label fromLabel = new Label(i18n.text("goals.form.from"));
        HBox row = new HBox(10, who, cadence, amount, fromLabel, from, save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("goals-message");
        message.textProperty().bind(model.messageProperty());
        model.errorProperty().addListener((o, a, b) -> message.getStyleClass().setAll(b ? "error-text" : "ok-text"));
        Label note = new Label(i18n.text("goals.form.note"));
        note.getStyleClass().add("page-subtitle");
        VBox box = new VBox(6, row, note, message);
        box.getStyleClass().add("goals-form");
        box.visibleProperty().bind(model.mayEditProperty());
        box.managedProperty().bind(model.mayEditProperty());
        return box;
    }

    private static ListCell<Cadence> cadenceCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Cadence c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : i18n.text("goals.cadence." + c.code()));
            }
        };
    }
}
