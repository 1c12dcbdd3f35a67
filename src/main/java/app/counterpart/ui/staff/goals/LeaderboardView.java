package app.counterpart.ui.staff.goals;

import app.counterpart.core.goals.Leaderboard;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.staff.goals.LeaderboardViewModel.Chip;
import app.counterpart.ui.staff.goals.LeaderboardViewModel.Entry;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The leaderboard tab: today / this week / this month, ranked by net sales, with badges as chips. */
public final class LeaderboardView extends VBox {

    public LeaderboardView(LeaderboardViewModel model) {
        I18n i18n = model.i18n();
        setId("leaderboard-view");
        setSpacing(12);
        setPadding(new Insets(16));

        Label title = new Label(i18n.text("leaderboard.title"));
        title.getStyleClass().add("page-title");
        ToggleGroup group = new ToggleGroup();
        HBox spans = new HBox();
        spans.getStyleClass().add("segmented");
        for (Leaderboard.Span s : Leaderboard.Span.values()) {
            ToggleButton b = new ToggleButton(i18n.text("leaderboard.span." + s.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId("leaderboard-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(s);
            b.setSelected(s == model.spanProperty().get());
            spans.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.spanProperty().set((Leaderboard.Span) b.getUserData());
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(12, title, grow, spans);
        head.setAlignment(Pos.CENTER_LEFT);

        TableView<Entry> table = new TableView<>(model.entries());
        table.setId("leaderboard-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("leaderboard.empty")));
        // Room for two lines of badge chips; without it the flowing chips make rows far too tall.
        table.setFixedCellSize(54);
        TableColumn<Entry, Integer> rank = Tables.column("#", Entry::rank, 50);
        rank.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.toString());
                getStyleClass().removeAll("rank-1", "rank-2", "rank-3");
                if (!empty && r != null && r <= 3) {
                    getStyleClass().add("rank-" + r);
                }
            }
        });
        table.getColumns().add(rank);
        table.getColumns().add(Tables.column(i18n.text("leaderboard.col.name"), Entry::name, 170));
        table.getColumns().add(Tables.column(i18n.text("leaderboard.col.net"), Entry::net, 120));
        table.getColumns().add(Tables.column(i18n.text("leaderboard.col.sales"), Entry::sales, 80));
        TableColumn<Entry, Double> progress = Tables.column(i18n.text("leaderboard.col.progress"), Entry::fraction, 170);
        progress.setCellFactory(c -> new ProgressCells<>());
        table.getColumns().add(progress);
        table.getColumns().add(Tables.column(i18n.text("leaderboard.col.goal"), Entry::goal, 150));
        TableColumn<Entry, List<Chip>> badges = Tables.column(i18n.text("leaderboard.col.badges"), Entry::badges, 360);
        badges.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(List<Chip> chips, boolean empty) {
                super.updateItem(chips, empty);
                if (empty || chips == null) {
                    setGraphic(null);
                    return;
                }
                FlowPane pane = new FlowPane(6, 4);
                pane.prefWrapLengthProperty().bind(getTableColumn().widthProperty().subtract(16));
                pane.setMaxHeight(USE_PREF_SIZE);
                for (Chip chip : chips) {
                    Label l = new Label(chip.text());
                    l.getStyleClass().addAll("badge-chip", "badge-" + chip.code().replace('_', '-'));
                    l.setTooltip(new Tooltip(chip.tooltip()));
                    pane.getChildren().add(l);
                }
                setGraphic(pane);
            }
        });
        table.getColumns().add(badges);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(head, error, table);
        model.load();
    }
}
