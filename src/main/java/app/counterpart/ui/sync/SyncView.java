package app.counterpart.ui.sync;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.sync.SyncViewModel.RejectedRow;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Sync screen: the state in words, the figures behind it, "Sync now" (F5), the enrolment form
 * until this device is connected, and the rejected items, newest first, always shown.
 */
public final class SyncView extends VBox {

    /** "Sync now" from the keyboard. */
    public static final KeyCombination SYNC_NOW = new KeyCodeCombination(KeyCode.F5);
    /** How often the status is read while the screen is shown; one cheap read of the store. */
    private static final Duration POLL = Duration.seconds(5);

    private final SyncViewModel model;
    private final Timeline poll;
    private Runnable stopListening;

    public SyncView(SyncViewModel model, I18n i18n) {
        super(14);
        this.model = model;
        getStyleClass().add("sync");
        setPadding(new Insets(20));

        Label title = new Label(i18n.text("sync.title"));
        title.getStyleClass().add("page-title");
        Label error = new Label();
        error.setId("sync-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        EnrolForm enrol = new EnrolForm(model.enrol(), i18n);
        enrol.visibleProperty().bind(model.statusProperty().isNotNull().and(model.enrolledProperty().not()));
        enrol.managedProperty().bind(enrol.visibleProperty());

        getChildren().addAll(title, error, statusCard(i18n), enrol, rejectedSection(i18n));

        poll = new Timeline(new KeyFrame(POLL, e -> pollTick()));
        poll.setCycleCount(Timeline.INDEFINITE);
        // Read, listen and poll only while shown: the shell keeps the screens it has built.
        sceneProperty().addListener((obs, old, scene) -> shown(old, scene));
    }

    /** A closed window keeps its scene: stop polling then too, or the timer outlives the app's workers. */
    private void pollTick() {
        Scene scene = getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            poll.stop();
            return;
        }
        model.refresh();
    }

    private void shown(Scene old, Scene scene) {
        if (old != null) {
            old.getAccelerators().remove(SYNC_NOW);
        }
        if (scene == null) {
            poll.stop();
            if (stopListening != null) {
                stopListening.run();
                stopListening = null;
            }
            return;
        }
        scene.getAccelerators().put(SYNC_NOW, model::syncNow);
        if (stopListening == null) {
            stopListening = model.listen();
        }
        model.refresh();
        poll.play();
    }

    private Region statusCard(I18n i18n) {
        Label state = new Label();
        state.setId("sync-state");
        state.getStyleClass().add("sync-state");
        state.textProperty().bind(model.stateProperty());
        state.setWrapText(true);
        model.alertProperty().addListener((obs, old, alert) -> {
            state.getStyleClass().removeAll("sync-amber", "sync-red");
            if (alert != SyncTexts.Alert.NONE) {
                state.getStyleClass().add(alert == SyncTexts.Alert.RED ? "sync-red" : "sync-amber");
            }
        });

        Button syncNow = new Button(i18n.text("sync.now"), new FontIcon(Feather.REFRESH_CW));
        syncNow.setId("sync-now");
        syncNow.getStyleClass().add("accent");
        syncNow.setTooltip(new Tooltip(i18n.text("sync.now") + "  (F5)"));
        syncNow.disableProperty().bind(model.syncNowDisabledProperty());
        syncNow.setOnAction(e -> model.syncNow());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("sync-progress");
        progress.setMaxSize(22, 22);
        progress.visibleProperty().bind(model.runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, state, spacer, progress, syncNow);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(names, values, names, values);
        fact(facts, 0, 0, i18n.text("sync.hqUrl"), "sync-hq-url", model.hqUrlProperty());
        fact(facts, 0, 1, i18n.text("sync.shopName"), "sync-shop", model.shopNameProperty());
        fact(facts, 0, 2, i18n.text("sync.device"), "sync-device", model.deviceCodeProperty());
        fact(facts, 2, 0, i18n.text("sync.pending"), "sync-pending", model.pendingProperty());
        fact(facts, 2, 1, i18n.text("sync.lastSuccess"), "sync-last-success", model.lastSuccessProperty());
        fact(facts, 2, 2, i18n.text("sync.nextAttempt"), "sync-next", model.nextAttemptProperty());
        Label lastError = fact(facts, 0, 3, i18n.text("sync.lastError"), "sync-last-error", model.lastErrorProperty());
        GridPane.setColumnSpan(lastError, 3);
        lastError.getStyleClass().add("sync-last-error");

        VBox card = new VBox(14, top, facts);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(16, 20, 16, 20));
        return card;
    }

    private static Label fact(GridPane grid, int column, int row, String name, String id, ObservableStringValue value) {
        Label label = new Label(name);
        label.getStyleClass().add("sync-fact-name");
        Label shown = new Label();
        shown.setId(id);
        shown.setWrapText(true);
        shown.textProperty().bind(value);
        grid.add(label, column, row);
        grid.add(shown, column + 1, row);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        return shown;
    }

    /**
     * A rejected item's id and reason are never cut off for good: the reason wraps onto more lines,
     * the id shows its ends and the whole of it on hover.
     */
    private static final class FullTextCell extends TableCell<RejectedRow, String> {
        private final Text wrapped = new Text();
        private final boolean wrap;

        /** @param wrapIn the column whose width the text wraps in, or null to keep one line */
        FullTextCell(TableColumn<RejectedRow, String> wrapIn) {
            this.wrap = wrapIn != null;
            if (wrap) {
                // The column's width is known before the cell's own, so the row gets its height at once.
                wrapped.wrappingWidthProperty().bind(wrapIn.widthProperty().subtract(16));
                wrapped.getStyleClass().add("text");
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            } else {
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String shown = empty || item == null ? null : item;
            setTooltip(shown == null ? null : new Tooltip(shown));
            if (wrap) {
                wrapped.setText(shown == null ? "" : shown);
                setGraphic(shown == null ? null : wrapped);
            } else {
                setText(shown);
            }
        }
    }

    private Region rejectedSection(I18n i18n) {
        Label title = new Label(i18n.text("sync.rejected.title"));
        title.getStyleClass().add("card-title");
        Label count = new Label();
        count.setId("sync-rejected-count");
        count.getStyleClass().add("page-subtitle");
        count.textProperty().bind(model.rejectedCountProperty());
        HBox head = new HBox(12, title, count);
        head.setAlignment(Pos.BASELINE_LEFT);
        Label help = new Label(i18n.text("sync.rejected.help"));
        help.getStyleClass().add("card-text");
        help.setWrapText(true);

        TableView<RejectedRow> table = new TableView<>(model.rejected());
        table.setId("sync-rejected");
        TableColumn<RejectedRow, String> id = Tables.column(i18n.text("sync.rejected.id"), RejectedRow::entityId, 170);
        id.setCellFactory(c -> new FullTextCell(null));
        TableColumn<RejectedRow, String> reason = Tables.column(i18n.text("sync.rejected.reason"), RejectedRow::reason,
                300);
        reason.setCellFactory(FullTextCell::new);
        table.getColumns().addAll(
                Tables.column(i18n.text("sync.rejected.when"), RejectedRow::at, 175),
                Tables.column(i18n.text("sync.rejected.direction"), RejectedRow::direction, 150),
                Tables.column(i18n.text("sync.rejected.entity"), RejectedRow::entity, 110),
                id, reason);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("sync.rejected.none")));
        table.setMinHeight(140);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox section = new VBox(8, head, help, table);
        VBox.setVgrow(section, Priority.ALWAYS);
        return section;
    }
}
