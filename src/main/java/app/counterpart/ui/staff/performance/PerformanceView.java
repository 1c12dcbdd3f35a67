package app.counterpart.ui.staff.performance;

import app.counterpart.core.staff.performance.Figure;
import app.counterpart.core.staff.performance.PerformancePeriod.Preset;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.staff.performance.PerformanceViewModel.Cell;
import app.counterpart.ui.staff.performance.PerformanceViewModel.Row;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** People as rows, figures as columns, each cell its value over its change against the previous period. */
public final class PerformanceView extends StackPane {

    public PerformanceView(PerformanceViewModel model, I18n i18n) {
        Label title = new Label(i18n.text("performance.title"));
        title.getStyleClass().add("page-title");
        ComboBox<Preset> preset = new ComboBox<>();
        preset.setId("performance-period");
        preset.getItems().setAll(Preset.values());
        preset.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Preset p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : i18n.text("performance.preset." + p.code()));
            }
        });
        preset.setButtonCell(preset.getCellFactory().call(null));
        preset.valueProperty().bindBidirectional(model.presetProperty());
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(model.customFromProperty());
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(model.customToProperty());
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        HBox custom = new HBox(6, from, new Label("–"), to);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(preset.valueProperty().isEqualTo(Preset.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        preset.valueProperty().addListener((o, a, b) -> model.load());
        from.valueProperty().addListener((o, a, b) -> model.load());
        to.valueProperty().addListener((o, a, b) -> model.load());
        Label period = new Label();
        period.setId("performance-compared");
        period.getStyleClass().add("page-subtitle");
        period.textProperty().bind(model.periodLabelProperty());
        HBox top = new HBox(12, title, preset, custom, period);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<Row> table = new TableView<>(model.rows());
        table.setId("performance-table");
        TableColumn<Row, Row> person = new TableColumn<>(i18n.text("performance.person"));
        person.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        person.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(r.name());
                name.getStyleClass().add("performance-name");
                Label role = new Label(r.role());
                role.getStyleClass().add("performance-change");
                setGraphic(new VBox(0, name, role));
            }
        });
        person.setPrefWidth(150);
        table.getColumns().add(person);
        for (Figure f : Figure.values()) {
            // Short names keep eight figures side by side without "Average tic..."; the note below explains them.
            TableColumn<Row, Cell> col = new TableColumn<>(i18n.text("performance.short." + f.code()));
            col.setId("performance-" + f.code());
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(f)));
            col.setCellFactory(c -> new FigureCell());
            col.setPrefWidth(f == Figure.NET_SALES || f == Figure.AVERAGE_TICKET ? 120 : 95);
            table.getColumns().add(col);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("list.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label note = new Label(i18n.text("performance.note"));
        note.getStyleClass().add("page-subtitle");
        note.setWrapText(true);
        VBox page = new VBox(12, top, error, table, note);
        page.setPadding(new Insets(20));
        getChildren().add(page);
        model.load();
    }

    /** The value, right-aligned, with its change in small type under it. */
    private static final class FigureCell extends TableCell<Row, Cell> {

        @Override
        protected void updateItem(Cell c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label value = new Label(c.value());
            value.getStyleClass().add("performance-value");
            Label change = new Label(c.change());
            change.getStyleClass().addAll("performance-change", "performance-" + c.trend().name().toLowerCase(java.util.Locale.ROOT));
            VBox box = new VBox(0, value, change);
            box.setAlignment(Pos.CENTER_RIGHT);
            setGraphic(box);
            setTooltip(c.tooltip() == null ? null : new Tooltip(c.tooltip()));
        }
    }
}
