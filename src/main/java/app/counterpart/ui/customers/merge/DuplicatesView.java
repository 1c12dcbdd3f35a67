package app.counterpart.ui.customers.merge;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.customers.merge.DuplicatesViewModel.PairRow;
import app.counterpart.ui.session.OwnerApproval;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Possible duplicate customers, each pair with why it looks like one person. Review (Enter or a double
 * click) shows the merge side by side before anything is written; "Not the same person" hides the pair.
 */
public final class DuplicatesView extends StackPane {

    public DuplicatesView(DuplicatesViewModel model, OwnerApproval approval, I18n i18n) {
        TableView<PairRow> table = new TableView<>(model.pairs());
        table.setId("duplicates-table");
        table.getColumns().add(Tables.column(i18n.text("customers.duplicates.reason"), PairRow::reason, 190));
        table.getColumns().add(Tables.column(i18n.text("customers.duplicates.keep"), PairRow::keep, 330));
        table.getColumns().add(Tables.column(i18n.text("customers.duplicates.merge"), PairRow::merge, 330));
        table.getColumns().add(Tables.column(i18n.text("customers.duplicates.evidence"), PairRow::evidence, 170));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(i18n.text("customers.duplicates.none"));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        table.placeholderProperty().bind(Bindings.when(model.loadingProperty()).then((Node) spinner).otherwise(none));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button review = new Button(i18n.text("customers.duplicates.review"), new FontIcon(Feather.GIT_MERGE));
        review.setId("duplicates-review");
        review.getStyleClass().add("accent");
        review.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable open = () -> {
            PairRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.review(row.pair(), m -> new MergeReviewDialog(m, approval, i18n,
                        getScene() == null ? null : getScene().getWindow()).show());
            }
        };
        review.setOnAction(e -> open.run());
        table.setRowFactory(t -> {
            TableRow<PairRow> r = new TableRow<>();
            r.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !r.isEmpty()) {
                    open.run();
                }
            });
            return r;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open.run();
            }
        });
        Button distinct = new Button(i18n.text("customers.duplicates.distinct"), new FontIcon(Feather.USERS));
        distinct.setId("duplicates-distinct");
        distinct.disableProperty().bind(review.disableProperty());
        distinct.setOnAction(e -> model.markDistinct(table.getSelectionModel().getSelectedItem().pair()));
        Button again = new Button(i18n.text("customers.duplicates.findAgain"), new FontIcon(Feather.REFRESH_CW));
        again.setId("duplicates-find");
        again.setOnAction(e -> model.load());

        Label heading = new Label(i18n.text("customers.duplicates.title"));
        heading.getStyleClass().add("page-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.getStyleClass().add("page-subtitle");
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("customers.duplicates.count",
                model.pairs().size()), model.pairs()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : new Button[] {review, distinct, again}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(12, heading, count, spacer, again, distinct, review);
        top.setAlignment(Pos.CENTER_LEFT);

        Label explain = new Label(i18n.text("customers.duplicates.explain"));
        explain.getStyleClass().add("page-subtitle");
        explain.setWrapText(true);
        Label status = new Label();
        status.setId("duplicates-status");
        status.getStyleClass().add("success-banner");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        status.setWrapText(true);
        Label error = new Label();
        error.setId("duplicates-error");
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);

        // The first pair is chosen as soon as the list arrives, so Enter (or Review) opens it at once.
        model.pairs().addListener((javafx.collections.ListChangeListener<PairRow>) c -> {
            if (table.getSelectionModel().isEmpty() && !model.pairs().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        VBox page = new VBox(12, top, explain, status, error, table);
        page.setPadding(new Insets(20));
        getChildren().add(page);
        model.load();
    }
}
