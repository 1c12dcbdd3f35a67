package app.counterpart.ui.customers;

import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.segments.RfmSegment;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.customers.CustomersViewModel.CustomerRow;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/**
 * Customer list with a search field that narrows it as one types (Ctrl+F goes to the field, Esc clears
 * it), filters by lifecycle stage and RFM segment, and each customer's stage, segment, lifetime value
 * and last visit. Enter or a double click on a row opens the customer's profile (see {@link #onOpen}).
 */
public final class CustomersView extends StackPane {

    private Consumer<CustomerRow> open = row -> { };
    private final HBox top;

    public CustomersView(CustomersViewModel model, I18n i18n) {
        TableView<CustomerRow> table = new TableView<>(model.rows());
        table.setId("customers-table");
        table.getColumns().add(Tables.column(i18n.text("customers.name"), CustomerRow::name, 115));
        table.getColumns().add(Tables.column(i18n.text("customers.phone"), CustomerRow::phone, 120));
        table.getColumns().add(Tables.column(i18n.text("customers.stage"), CustomerRow::stage, 80));
        table.getColumns().add(Tables.column(i18n.text("customers.segment"), CustomerRow::segment, 140));
        TableColumn<CustomerRow, String> value = Tables.column(i18n.text("customers.ltv"), CustomerRow::lifetimeValue,
                95);
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(value);
        table.getColumns().add(Tables.column(i18n.text("customers.lastVisit"), CustomerRow::lastVisit, 100));
        table.getColumns().add(Tables.column(i18n.text("customers.tags"), CustomerRow::tags, 135));
        table.getColumns().add(Tables.column(i18n.text("customers.joined"), CustomerRow::joined, 85));
        table.getColumns().add(Tables.column(i18n.text("customers.birthday"), CustomerRow::birthday, 92));
        table.getColumns().add(Tables.column(i18n.text("customers.consent"),
                r -> r.consent() ? i18n.text("common.yes") : i18n.text("common.no"), 90));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<CustomerRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Sorting would only reorder the best matches shown, not the whole list: the search decides the order.
        table.getColumns().forEach(c -> c.setSortable(false));
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.totalProperty().get() == 0
                        ? i18n.text("list.empty") : i18n.format("customers.noMatch", model.queryProperty().get().strip()),
                model.totalProperty(), model.queryProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        table.placeholderProperty().bind(Bindings.when(model.loadingProperty()).then((Node) spinner)
                .otherwise(placeholder));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label heading = new Label(i18n.text("customers.title"));
        heading.getStyleClass().add("page-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("customers-count");
        count.getStyleClass().add("page-subtitle");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("list.count",
                model.matchesProperty().get(), model.totalProperty().get()), model.matchesProperty(),
                model.totalProperty()));

        TextField search = new TextField();
        search.setId("customers-search");
        search.setPromptText(i18n.text("customers.search"));
        // The field has the focus from the start, and the theme hides a focused field's prompt: keep it
        // showing, so the person sees what they can type.
        search.setStyle("-fx-prompt-text-fill: -color-fg-subtle;");
        search.setPrefColumnCount(28);
        search.setMinWidth(180);
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                // From the field into the list, so a customer found by typing opens with Enter.
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
                e.consume();
            }
        });

        ComboBox<LifecycleStage> stage = filter("customers-stage-filter", "customers.allStages",
                LifecycleStage.values(), LifecycleStage::textKey, i18n);
        stage.valueProperty().bindBidirectional(model.stageFilterProperty());
        ComboBox<RfmSegment> segment = filter("customers-segment-filter", "customers.allSegments",
                RfmSegment.values(), RfmSegment::textKey, i18n);
        segment.valueProperty().bindBidirectional(model.segmentFilterProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top = new HBox(12, heading, count, spacer, stage, segment, search);
        top.setAlignment(Pos.BASELINE_LEFT);

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label masked = new Label();
        masked.setId("customers-masked");
        masked.getStyleClass().add("page-subtitle");
        masked.textProperty().bind(Bindings.when(model.signInToSeeProperty())
                .then(i18n.text("customers.phonesMasked.signIn")).otherwise(i18n.text("customers.phonesMasked")));
        masked.visibleProperty().bind(model.phonesMaskedProperty());
        masked.managedProperty().bind(masked.visibleProperty());
        Label more = new Label();
        more.setId("customers-more");
        more.getStyleClass().add("page-subtitle");
        more.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("customers.firstOnly",
                model.rows().size()), model.rows()));
        more.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.matchesProperty().get() > model.rows().size(), model.matchesProperty(), model.rows()));
        more.managedProperty().bind(more.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(12, masked, gap, more);
        footer.visibleProperty().bind(more.visibleProperty().or(masked.visibleProperty()));
        footer.managedProperty().bind(footer.visibleProperty());

        VBox page = new VBox(12, top, error, table, footer);
        page.setPadding(new Insets(20));
        getChildren().add(page);

        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        search::requestFocus);
                search.requestFocus();
            }
        });
        sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            private Runnable stop;

            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene != null && stop == null) {
                    stop = model.listen();
                } else if (scene == null && stop != null) {
                    stop.run();
                    stop = null;
                }
            }
        });
        model.load();
    }

    /** Puts buttons (Import…, Export…) in the top bar, before the search field. */
    public void addTools(Node... tools) {
        top.getChildren().addAll(top.getChildren().size() - 1, java.util.List.of(tools));
    }

    /** What Enter or a double click on a customer does: the app opens the profile. */
    public CustomersView onOpen(Consumer<CustomerRow> action) {
        this.open = action;
        return this;
    }

    /** A filter box whose first entry (null) means "all". */
    private static <T> ComboBox<T> filter(String id, String allKey, T[] values, Function<T, String> textKey, I18n i18n) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        Callback<ListView<T>, ListCell<T>> cells = v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : i18n.text(item == null ? allKey : textKey.apply(item)));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
