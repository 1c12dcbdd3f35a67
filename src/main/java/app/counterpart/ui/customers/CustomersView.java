package app.counterpart.ui.customers;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.customers.CustomersViewModel.CustomerRow;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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

/**
 * Customer list with a search field that narrows it as one types (Ctrl+F goes to the field, Esc clears
 * it); profiles, segments and the service timeline arrive with the rest of the customers feature.
 */
public final class CustomersView extends StackPane {

    private final HBox top;

    public CustomersView(CustomersViewModel model, I18n i18n) {
        TableView<CustomerRow> table = new TableView<>(model.rows());
        table.setId("customers-table");
        table.getColumns().add(Tables.column(i18n.text("customers.name"), CustomerRow::name, 160));
        table.getColumns().add(Tables.column(i18n.text("customers.phone"), CustomerRow::phone, 130));
        table.getColumns().add(Tables.column(i18n.text("customers.tags"), CustomerRow::tags, 220));
        table.getColumns().add(Tables.column(i18n.text("customers.joined"), CustomerRow::joined, 120));
        table.getColumns().add(Tables.column(i18n.text("customers.birthday"), CustomerRow::birthday, 120));
        table.getColumns().add(Tables.column(i18n.text("customers.consent"),
                r -> r.consent() ? i18n.text("common.yes") : i18n.text("common.no"), 90));
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
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top = new HBox(12, heading, count, spacer, search);
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
        model.load();
    }

    /** Puts buttons (Import…, Export…) in the top bar, before the search field. */
    public void addTools(Node... tools) {
        top.getChildren().addAll(top.getChildren().size() - 1, java.util.List.of(tools));
    }
}
