package app.counterpart.ui.customers.care;

import app.counterpart.core.customers.care.CareBoard;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.ui.common.Buttons;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.customers.care.CareTasksViewModel.CountRow;
import app.counterpart.ui.customers.care.CareTasksViewModel.TaskRow;
import app.counterpart.ui.customers.timeline.TimelinePane;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Care tasks: whose (mine, my team's, all) and which (open, overdue, done), counts per person and team,
 * and on the selected task D (done, with an optional outcome for the timeline), S (snooze) and Enter
 * (the customer's timeline beside the list, so whoever calls sees the history first).
 */
public final class CareTasksView extends BorderPane {

    private final CareTasksViewModel model;
    private final I18n i18n;
    private final Function<String, TimelinePane> timelineFor;
    private final StackPane side = new StackPane();
    private final TableView<TaskRow> table = new TableView<>();

    /**
     * @param timelineFor builds the timeline pane of a customer id
     * @param openRules opens the rules editor; null when the person at the screen may not edit rules
     */
    public CareTasksView(CareTasksViewModel model, I18n i18n, Function<String, TimelinePane> timelineFor,
            Runnable openRules) {
        this.model = model;
        this.i18n = i18n;
        this.timelineFor = timelineFor;
        setId("care-tasks");
        setPadding(new Insets(20));

        Label title = new Label(i18n.text("care.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("care-summary");
        summary.getStyleClass().add("page-subtitle");
        summary.textProperty().bind(model.summaryProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, gap);
        head.setAlignment(Pos.CENTER_LEFT);
        if (openRules != null) {
            Button rules = new Button(i18n.text("care.rules.open"), new FontIcon(Feather.SLIDERS));
            rules.setId("care-rules");
            rules.setMnemonicParsing(true);
            rules.setOnAction(e -> openRules.run());
            head.getChildren().add(rules);
        }

        HBox filters = new HBox(16, toggles("care-scope", model.scopeProperty(), CareBoard.Scope.values(), "care.scope."),
                toggles("care-show", model.showProperty(), CareBoard.Show.values(), "care.show."),
                hint());
        filters.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("care-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.styleProperty().bind(Bindings.when(model.messageIsErrorProperty())
                .then("-fx-text-fill: -color-danger-fg;").otherwise("-fx-text-fill: -color-success-fg;"));
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox top = new VBox(8, head, summary, filters, message);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        SplitPane split = new SplitPane(new VBox(12, tasksTable(), countsTable()), side);
        split.setDividerPositions(0.6);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label pick = new Label(i18n.text("care.pickTask"));
        pick.setWrapText(true);
        pick.getStyleClass().add("page-subtitle");
        side.getChildren().add(pick);
        side.setPadding(new Insets(0, 0, 0, 8));
        side.setMinWidth(0);
        setCenter(split);

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                table.requestFocus();
            }
        });
        // On a tab, the tab's content region turns visible when the tab is chosen: the list takes the
        // keys then, so D, S and Enter work without a click.
        parentProperty().addListener((o, a, parent) -> {
            if (parent != null) {
                parent.visibleProperty().addListener((v, was, shown) -> {
                    if (shown) {
                        javafx.application.Platform.runLater(table::requestFocus);
                    }
                });
            }
        });
        model.load();
    }

    private Label hint() {
        Label keys = new Label(i18n.text("care.keys"));
        keys.getStyleClass().add("page-subtitle");
        return keys;
    }

    private <E extends Enum<E>> HBox toggles(String id, javafx.beans.property.ObjectProperty<E> property, E[] values,
            String keyPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.setId(id);
        for (int i = 0; i < values.length; i++) {
            E v = values[i];
            ToggleButton b = new ToggleButton(i18n.text(keyPrefix + v.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId(id + "-" + v.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().add(i == 0 ? "left-pill" : i == values.length - 1 ? "right-pill" : "center-pill");
            b.setSelected(property.get() == v);
            b.setOnAction(e -> {
                // A pill group always has one selected.
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                property.set(v);
            });
            box.getChildren().add(b);
        }
        return box;
    }

    private TableView<TaskRow> tasksTable() {
        table.setId("care-table");
        table.setItems(model.rows());
        // The phone number shows above the customer's history, where the person calling looks.
        table.getColumns().add(Tables.column(i18n.text("care.col.due"), TaskRow::due, 60));
        table.getColumns().add(Tables.column(i18n.text("care.col.kind"), TaskRow::kind, 90));
        table.getColumns().add(Tables.column(i18n.text("care.col.customer"), TaskRow::customer, 130));
        table.getColumns().add(Tables.column(i18n.text("care.col.assignee"), TaskRow::assignee, 170));
        table.getColumns().add(Tables.column(i18n.text("care.col.state"), TaskRow::state, 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("care.none")));
        model.rows().addListener((javafx.collections.ListChangeListener<TaskRow>) c -> {
            if (!model.rows().isEmpty() && table.getSelectionModel().getSelectedIndex() < 0) {
                table.getSelectionModel().select(0);
            }
        });
        table.setOnKeyPressed(e -> {
            TaskRow row = table.getSelectionModel().getSelectedItem();
            if (row == null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                openTimeline(row).focusText();
                e.consume();
            } else if (e.getCode() == KeyCode.D && row.task().open()) {
                done(row);
                e.consume();
            } else if (e.getCode() == KeyCode.S && row.task().open()) {
                snooze(row);
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            TaskRow row = table.getSelectionModel().getSelectedItem();
            if (row != null && e.getClickCount() == 2) {
                openTimeline(row);
            }
        });
        return table;
    }

    private TableView<CountRow> countsTable() {
        TableView<CountRow> counts = new TableView<>(model.counts());
        counts.setId("care-counts");
        counts.getStyleClass().add("care-counts");
        counts.getColumns().add(Tables.column(i18n.text("care.col.who"),
                r -> r.team() ? i18n.format("care.assignee.team", r.name()) : r.name(), 200));
        counts.getColumns().add(Tables.column(i18n.text("care.col.open"), r -> r.counts().open(), 60));
        counts.getColumns().add(Tables.column(i18n.text("care.col.overdue"), r -> r.counts().overdue(), 70));
        counts.getColumns().add(Tables.column(i18n.text("care.col.dueToday"), r -> r.counts().dueToday(), 85));
        counts.getColumns().add(Tables.column(i18n.text("care.col.doneToday"), r -> r.counts().doneToday(), 90));
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        counts.setFocusTraversable(false);
        counts.setPrefHeight(170);
        counts.setMinHeight(120);
        counts.setPlaceholder(new Label(i18n.text("care.none")));
        return counts;
    }

    private TimelinePane openTimeline(TaskRow row) {
        TimelinePane pane = timelineFor.apply(row.task().customerId());
        Label who = new Label(i18n.format("care.timelineOf", row.customer(), row.phone()));
        who.getStyleClass().add("title-4");
        VBox box = new VBox(4, who, pane);
        box.setMinWidth(0);
        VBox.setVgrow(pane, Priority.ALWAYS);
        side.getChildren().setAll(box);
        return pane;
    }

    private void done(TaskRow row) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(i18n.format("care.done.title", row.customer()));
        ComboBox<ServiceKind> kind = new ComboBox<>();
        kind.getItems().setAll(ServiceKind.values());
        kind.setValue(ServiceKind.CALL);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServiceKind k) {
                return k == null ? "" : i18n.text(k.textKey());
            }

            @Override
            public ServiceKind fromString(String s) {
                return null;
            }
        });
        TextArea outcome = new TextArea();
        outcome.setId("care-outcome");
        outcome.setPromptText(i18n.text("care.done.outcomePrompt"));
        outcome.setWrapText(true);
        outcome.setPrefRowCount(4);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.text("care.done.kind")), kind);
        grid.addRow(1, new Label(i18n.text("care.done.outcome")), outcome);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.text("care.done.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(i18n));
        outcome.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                ((Button) dialog.getDialogPane().lookupButton(ok)).fire();
            }
        });
        dialog.setOnShown(e -> outcome.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ok) {
            model.done(row, kind.getValue(), outcome.getText(), table::requestFocus);
        }
    }

    private void snooze(TaskRow row) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(i18n.format("care.snooze.title", row.customer()));
        TextField days = new TextField("1");
        days.setId("care-snooze-days");
        days.setPrefColumnCount(4);
        Label until = new Label();
        until.textProperty().bind(Bindings.createStringBinding(() -> {
            try {
                return i18n.format("care.snooze.until", model.today().plusDays(Integer.parseInt(days.getText().strip())));
            } catch (NumberFormatException e) {
                return "";
            }
        }, days.textProperty()));
        HBox box = new HBox(8, new Label(i18n.text("care.snooze.days")), days, until);
        box.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(i18n.text("care.snooze.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(i18n));
        dialog.setOnShown(e -> {
            days.requestFocus();
            days.selectAll();
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ok) {
            model.snooze(row, days.getText(), table::requestFocus);
        }
    }
}
