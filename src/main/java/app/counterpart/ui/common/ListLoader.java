package app.counterpart.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A list a screen shows, loaded in the background, with its loading and error state. */
public final class ListLoader<T> {

    private final TaskExecutor tasks;
    private final Callable<List<T>> source;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ListLoader(TaskExecutor tasks, Callable<List<T>> source) {
        this.tasks = tasks;
        this.source = source;
    }

    public void load() {
        loading.set(true);
        tasks.run(source, list -> {
            items.setAll(list);
            error.set("");
            loading.set(false);
        }, e -> {
            error.set(Errors.describe(e));
            loading.set(false);
        });
    }

    public ObservableList<T> items() {
        return items;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
