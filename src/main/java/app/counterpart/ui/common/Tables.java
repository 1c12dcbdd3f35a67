package app.counterpart.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Building blocks shared by the list screens: a titled page with a filter box over a table. */
public final class Tables {

    private Tables() {
    }

    public static <T, V> TableColumn<T, V> column(String title, Function<T, V> value, double width) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * A page with a title, a count, a filter field and the table; {@code text} gives the searchable
     * text of a row.
     */
    public static <T> VBox page(String title, I18n i18n, ListLoader<T> loader, TableView<T> table,
            Function<T, String> text) {
        FilteredList<T> filtered = new FilteredList<>(loader.items(), t -> true);
        table.setItems(filtered);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("list.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label count = new Label();
        count.getStyleClass().add("page-subtitle");
        Runnable recount = () -> count.setText(i18n.format("list.count", filtered.size(), loader.items().size()));
        filtered.addListener((javafx.collections.ListChangeListener<T>) c -> recount.run());
        recount.run();
        TextField filter = new TextField();
        filter.setPromptText(i18n.text("list.filter"));
        filter.setPrefColumnCount(24);
        filter.textProperty().addListener((obs, old, q) -> {
            String needle = q == null ? "" : q.trim().toLowerCase(i18n.locale());
            filtered.setPredicate(t -> needle.isEmpty() || text.apply(t).toLowerCase(i18n.locale()).contains(needle));
        });
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(loader.errorProperty());
        error.visibleProperty().bind(loader.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, count, spacer, filter);
        top.setAlignment(Pos.BASELINE_LEFT);
        VBox page = new VBox(12, top, error, table);
        page.setPadding(new Insets(20));
        loader.load();
        return page;
    }
}
