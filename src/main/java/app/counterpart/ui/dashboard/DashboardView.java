package app.counterpart.ui.dashboard;

import app.counterpart.core.kpi.Period;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.dashboard.DashboardViewModel.Figure;
import app.counterpart.ui.dashboard.DashboardViewModel.Ranked;
import app.counterpart.ui.sync.SyncTexts;
import app.counterpart.ui.sync.SyncTileModel;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.text.DecimalFormat;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The owner's dashboard: KPI tiles for the chosen period against the one before, the day's curve,
 * top lists, customers, care and sync. Every value is bound to the view model, which reads rollups off
 * the FX thread. A tile with more behind it opens its detail when clicked.
 */
public final class DashboardView extends VBox {

    /** What a click on a tile asks to see. */
    public enum Detail { SALES, PRODUCTS, CATEGORIES, STAFF, CARE, SYNC }

    private final DashboardViewModel model;
    private final I18n i18n;
    private final Theme theme;
    private Runnable stopListening;

    /**
     * @param syncModel  the head-office sync tile's state, read from the sync client
     * @param showMargin whether the person at the screen may see gross margin (owner and manager only)
     */
    public DashboardView(DashboardViewModel model, SyncTileModel syncModel, I18n i18n, Theme theme,
            Consumer<Detail> openDetail, boolean showMargin) {
        this.model = model;
        this.i18n = i18n;
        this.theme = theme;
        getStyleClass().add("dashboard");
        setSpacing(12);
        setPadding(new Insets(16, 20, 16, 20));

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Tile revenue = figure("tile-revenue-today", i18n.text("dashboard.revenue.title"), model.currencyUnit(), 2,
                model.revenue());
        Tile sales = figure("tile-sales-today", i18n.text("dashboard.sales.title"), "", 0, model.sales());
        Tile ticket = figure("tile-average-ticket", i18n.text("dashboard.ticket.title"), model.currencyUnit(), 2,
                model.ticket());
        Tile margin = showMargin
                ? figure("tile-gross-margin", i18n.text("dashboard.margin.title"), "%", 1, model.margin())
                : TileBuilder.create().skinType(SkinType.TEXT).title(i18n.text("dashboard.margin.title"))
                        .description(i18n.text("dashboard.margin.hidden")).build();
        if (!showMargin) {
            style(margin);
        }
        Node curve = withLegend(curveTile());
        Tile products = ranking("tile-top-products", i18n.text("dashboard.topProducts"), model.topProducts());
        Tile categories = ranking("tile-top-categories", i18n.text("dashboard.topCategories"), model.topCategories());
        Tile staff = ranking("tile-staff", i18n.text("dashboard.staff"), model.staff());
        Tile customers = customersTile();
        Tile care = count("tile-care", i18n.text("dashboard.care.title"), i18n.text("dashboard.care.text"),
                model.careCountProperty());
        Tile sync = syncTile(syncModel);

        drill(revenue, Detail.SALES, openDetail);
        drill(sales, Detail.SALES, openDetail);
        drill(ticket, Detail.SALES, openDetail);
        drill(products, Detail.PRODUCTS, openDetail);
        drill(categories, Detail.CATEGORIES, openDetail);
        drill(staff, Detail.STAFF, openDetail);
        drill(care, Detail.CARE, openDetail);
        drill(sync, Detail.SYNC, openDetail);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(25);
            grid.getColumnConstraints().add(col);
        }
        for (int i = 0; i < 3; i++) {
            RowConstraints row = new RowConstraints(150, 200, Double.MAX_VALUE);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        grid.add(revenue, 0, 0);
        grid.add(sales, 1, 0);
        grid.add(ticket, 2, 0);
        grid.add(margin, 3, 0);
        grid.add(curve, 0, 1, 2, 1);
        grid.add(products, 2, 1);
        grid.add(categories, 3, 1);
        grid.add(staff, 0, 2);
        grid.add(customers, 1, 2);
        grid.add(care, 2, 2);
        grid.add(sync, 3, 2);
        for (Node n : grid.getChildren()) {
            ((Region) n).setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(header(), error, grid);

        // Listen only while shown: the shell keeps screens it has built, and a hidden one need not refresh.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null && stopListening != null) {
                stopListening.run();
                stopListening = null;
            } else if (scene != null && stopListening == null) {
                stopListening = model.listen();
                model.refresh();
            }
        });
    }

    private Node header() {
        Label title = new Label(i18n.text("dashboard.title"));
        title.getStyleClass().add("page-title");
        Label period = new Label();
        period.getStyleClass().add("page-subtitle");
        period.textProperty().bind(model.periodTextProperty());

        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        for (Period.Kind kind : Period.Kind.values()) {
            ToggleButton b = new ToggleButton(i18n.text("dashboard.period." + kind.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId("period-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(kind == model.periodKindProperty().get());
            b.setOnAction(e -> {
                b.setSelected(true);
                if (kind != Period.Kind.CUSTOM) {
                    model.periodKindProperty().set(kind);
                }
            });
            buttons.getChildren().add(b);
        }
        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        Button show = new Button(i18n.text("dashboard.period.show"));
        show.setOnAction(e -> {
            model.customFromProperty().set(from.getValue());
            model.customToProperty().set(to.getValue());
            if (model.periodKindProperty().get() == Period.Kind.CUSTOM) {
                model.refresh();
            } else {
                model.periodKindProperty().set(Period.Kind.CUSTOM);
            }
        });
        HBox custom = new HBox(8, from, new Label("–"), to, show);
        custom.setAlignment(Pos.CENTER_LEFT);
        ToggleButton customButton = (ToggleButton) buttons.getChildren().get(buttons.getChildren().size() - 1);
        custom.visibleProperty().bind(customButton.selectedProperty());
        custom.managedProperty().bind(custom.visibleProperty());
        customButton.selectedProperty().addListener((obs, old, on) -> {
            if (on && from.getValue() == null) {
                var p = model.shownPeriod();
                from.setValue(p.from().minusDays(29));
                to.setValue(p.to());
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, title, period, spacer, custom, buttons);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Tile figure(String id, String title, String unit, int decimals, Figure figure) {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.NUMBER)
                .title(title)
                .unit(unit)
                .decimals(decimals)
                .customDecimalFormatEnabled(true)
                .customDecimalFormat(new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)))
                .descriptionAlignment(Pos.TOP_LEFT)
                .textVisible(true)
                .build();
        style(tile);
        tile.setId(id);
        tile.valueProperty().bind(figure.valueProperty());
        tile.descriptionProperty().bind(figure.comparisonProperty());
        tile.textProperty().bind(figure.detailProperty());
        figure.trendProperty().addListener((obs, old, t) -> tile.setDescriptionColor(
                t == DashboardViewModel.Trend.UP ? theme.positive()
                        : t == DashboardViewModel.Trend.DOWN ? theme.negative() : theme.tileMuted()));
        return tile;
    }

    private Tile count(String id, String title, String text, javafx.beans.property.ReadOnlyIntegerProperty value) {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.NUMBER)
                .title(title)
                .text(text)
                .decimals(0)
                .textVisible(true)
                .build();
        style(tile);
        tile.setId(id);
        tile.valueProperty().bind(value);
        return tile;
    }

    /**
     * Changes waiting as the number, rejected items at the top, when sync last worked (or what goes
     * wrong) beneath; red when something was refused, amber when head office is out of reach for long.
     */
    private Tile syncTile(SyncTileModel sync) {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.NUMBER)
                .title(i18n.text("sync.tile.title"))
                .decimals(0)
                .descriptionAlignment(Pos.TOP_RIGHT)
                .textVisible(true)
                .build();
        style(tile);
        tile.setId("tile-sync");
        tile.valueProperty().bind(sync.pendingProperty());
        tile.textProperty().bind(sync.textProperty());
        tile.descriptionProperty().bind(sync.rejectedProperty());
        sync.alertProperty().addListener((obs, old, alert) -> {
            style(tile);
            if (alert != SyncTexts.Alert.NONE) {
                boolean red = alert == SyncTexts.Alert.RED;
                boolean dark = theme == Theme.DARK;
                Color strong = red ? theme.negative() : Color.web(dark ? "#d29922" : "#9a6700");
                tile.setBackgroundColor(Color.web(red ? (dark ? "#3c1e22" : "#ffebe9") : (dark ? "#3b2f12" : "#fff8c5")));
                tile.setValueColor(strong);
                tile.setDescriptionColor(strong);
                tile.setTextColor(strong);
            }
        });
        // A new sale adds a change waiting and the line under the number says "2 min ago": both need a
        // read now and then while the dashboard is shown.
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.seconds(30), e -> {
            // A closed window keeps its scene: stop then too, or the timer outlives the app's workers.
            if (tile.getScene() == null || tile.getScene().getWindow() == null || !tile.getScene().getWindow().isShowing()) {
                poll.stop();
            } else {
                sync.refresh();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        Runnable[] stop = {null};
        tile.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null && stop[0] != null) {
                poll.stop();
                stop[0].run();
                stop[0] = null;
            } else if (scene != null && stop[0] == null) {
                stop[0] = sync.listen();
                sync.refresh();
                poll.play();
            }
        });
        return tile;
    }

    private Tile curveTile() {
        XYChart.Series<String, Number> now = new XYChart.Series<>();
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        now.nameProperty().bind(model.curveSeriesProperty());
        before.nameProperty().bind(model.compareSeriesProperty());
        Tile tile = TileBuilder.create()
                .skinType(SkinType.SMOOTHED_CHART)
                .title(i18n.text("dashboard.curve.title"))
                .chartType(Tile.ChartType.LINE)
                .smoothing(true)
                .tilesFxSeries(new eu.hansolo.tilesfx.chart.TilesFXSeries<>(before, theme.tileMuted()),
                        new eu.hansolo.tilesfx.chart.TilesFXSeries<>(now, theme.accent()))
                .tickLabelColor(theme.tileMuted())
                .chartGridColor(theme == Theme.DARK ? Color.web("#30363d") : Color.web("#d0d7de"))
                .build();
        style(tile);
        tile.setId("tile-curve");
        Runnable fill = () -> {
            now.getData().setAll(model.curve().stream().filter(p -> p.value() != null)
                    .map(p -> new XYChart.Data<String, Number>(p.label(), p.value())).toList());
            before.getData().setAll(model.curve().stream()
                    .map(p -> new XYChart.Data<String, Number>(p.label(), p.compared())).toList());
        };
        model.curve().addListener((ListChangeListener<DashboardViewModel.CurvePoint>) c -> fill.run());
        fill.run();
        return tile;
    }

    /** The chart skin shows no legend once it has a title, so the two series are named over its corner. */
    private Node withLegend(Tile chart) {
        HBox legend = new HBox(14, legendItem(model.curveSeriesProperty(), theme.accent()),
                legendItem(model.compareSeriesProperty(), theme.tileMuted()));
        legend.setAlignment(Pos.TOP_RIGHT);
        legend.setPadding(new Insets(10, 14, 0, 0));
        legend.setPickOnBounds(false);
        StackPane box = new StackPane(chart, legend);
        StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private static Node legendItem(javafx.beans.value.ObservableStringValue text, Color color) {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(4, color);
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("legend-text");
        HBox item = new HBox(5, dot, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private Tile ranking(String id, String title, ObservableList<Ranked> items) {
        VBox rows = new VBox(6);
        rows.getStyleClass().add("ranking");
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM).title(title).graphic(rows).build();
        style(tile);
        tile.setId(id);
        Runnable fill = () -> {
            rows.getChildren().clear();
            int rank = 1;
            for (Ranked r : items) {
                rows.getChildren().add(rankRow(rank++, r));
            }
            if (items.isEmpty()) {
                Label none = new Label(i18n.text("dashboard.noSales"));
                none.getStyleClass().add("ranking-empty");
                rows.getChildren().add(none);
            }
        };
        items.addListener((ListChangeListener<Ranked>) c -> fill.run());
        // The view may be built after the model loaded (a sign-in rebuilds the screens): show what is there.
        fill.run();
        return tile;
    }

    private Node rankRow(int rank, Ranked r) {
        Label position = new Label(rank + ".");
        position.getStyleClass().add("ranking-rank");
        Label name = new Label(r.name());
        name.getStyleClass().add("ranking-name");
        name.setMinWidth(0);
        Label value = new Label(r.value());
        value.getStyleClass().add("ranking-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(6, position, name, spacer, value);
        line.setAlignment(Pos.CENTER_LEFT);
        Rectangle bar = new Rectangle(0, 3, theme.accent());
        bar.setArcWidth(3);
        bar.setArcHeight(3);
        StackPane track = new StackPane(bar);
        track.setAlignment(Pos.CENTER_LEFT);
        track.widthProperty().addListener((obs, old, w) -> bar.setWidth(w.doubleValue() * r.share()));
        return new VBox(2, line, track);
    }

    /** New, returning and walk-in sales as three bars, read as easily as the top lists beside it. */
    private Tile customersTile() {
        VBox rows = new VBox(10);
        Runnable update = () -> {
            long fresh = model.newCustomersProperty().get();
            long returning = model.returningCustomersProperty().get();
            long walkIn = model.walkInsProperty().get();
            long all = Math.max(1, fresh + returning + walkIn);
            rows.getChildren().setAll(
                    shareRow(i18n.text("dashboard.customers.new"), fresh, all, theme.accent()),
                    shareRow(i18n.text("dashboard.customers.returning"), returning, all, theme.positive()),
                    shareRow(i18n.text("dashboard.customers.walkIn"), walkIn, all, theme.tileMuted()));
        };
        model.newCustomersProperty().addListener((o, a, v) -> update.run());
        model.returningCustomersProperty().addListener((o, a, v) -> update.run());
        model.walkInsProperty().addListener((o, a, v) -> update.run());
        update.run();
        Tile tile = TileBuilder.create().skinType(SkinType.CUSTOM).title(i18n.text("dashboard.customers.title"))
                .graphic(rows).build();
        style(tile);
        tile.setId("tile-customers");
        return tile;
    }

    private Node shareRow(String label, long count, long all, Color color) {
        Label name = new Label(label);
        name.getStyleClass().add("ranking-name");
        Label value = new Label(String.format(i18n.locale(), "%,d  ·  %.0f %%", count, count * 100.0 / all));
        value.getStyleClass().add("ranking-value");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(6, name, spacer, value);
        Rectangle bar = new Rectangle(0, 6, color);
        bar.setArcWidth(6);
        bar.setArcHeight(6);
        StackPane track = new StackPane(bar);
        track.setAlignment(Pos.CENTER_LEFT);
        track.widthProperty().addListener((obs, old, w) -> bar.setWidth(w.doubleValue() * count / all));
        return new VBox(3, line, track);
    }

    private void style(Tile tile) {
        tile.setBackgroundColor(theme.tileBackground());
        tile.setTitleColor(theme.tileMuted());
        tile.setValueColor(theme.tileForeground());
        tile.setUnitColor(theme.tileMuted());
        tile.setDescriptionColor(theme.tileMuted());
        tile.setTextColor(theme.tileMuted());
        tile.setForegroundColor(theme.tileForeground());
        tile.setBarColor(theme.accent());
        tile.setRoundedCorners(true);
        tile.setAnimated(false);
    }

    private static void drill(Tile tile, Detail detail, Consumer<Detail> open) {
        tile.setCursor(Cursor.HAND);
        tile.setOnMouseClicked(e -> open.accept(detail));
    }
}
