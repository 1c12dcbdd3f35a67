package app.counterpart.ui.dashboard;

import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.text.DecimalFormat;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** KPI tiles for today; every value is bound to the view model, which reads the rollups off the FX thread. */
public final class DashboardView extends VBox {

    private final Tile revenue;
    private final Tile sales;
    private final Tile ticket;
    private final Tile recent;
    private Runnable stopListening;

    public DashboardView(DashboardViewModel model, I18n i18n, Theme theme) {
        getStyleClass().add("dashboard");
        setSpacing(12);
        setPadding(new Insets(20));

        Label title = new Label(i18n.text("dashboard.title"));
        title.getStyleClass().add("page-title");
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, spacer);
        top.setAlignment(Pos.CENTER_LEFT);

        revenue = number(theme, i18n.text("dashboard.revenue.title"), model.currencyUnit(), 2);
        revenue.setId("tile-revenue-today");
        revenue.valueProperty().bind(model.revenueTodayProperty());
        revenue.descriptionProperty().bind(model.revenueComparisonProperty());
        revenue.textProperty().bind(model.lastWeekTextProperty());
        model.trendProperty().addListener((obs, old, t) -> revenue.setDescriptionColor(
                t == DashboardViewModel.Trend.UP ? theme.positive()
                        : t == DashboardViewModel.Trend.DOWN ? theme.negative() : theme.tileMuted()));

        sales = number(theme, i18n.text("dashboard.sales.title"), "", 0);
        sales.setId("tile-sales-today");
        sales.valueProperty().bind(model.salesTodayProperty());
        sales.textProperty().bind(model.salesDetailProperty());

        ticket = number(theme, i18n.text("dashboard.ticket.title"), model.currencyUnit(), 2);
        ticket.setId("tile-average-ticket");
        ticket.valueProperty().bind(model.averageTicketProperty());
        ticket.textProperty().bind(model.averageTicketDetailProperty());

        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(i18n.text("dashboard.recent.series"));
        recent = TileBuilder.create()
                .skinType(SkinType.SMOOTHED_CHART)
                .title(i18n.text("dashboard.recent.title"))
                .chartType(Tile.ChartType.AREA)
                .smoothing(true)
                .series(series)
                .backgroundColor(theme.tileBackground())
                .titleColor(theme.tileForeground())
                .textColor(theme.tileMuted())
                .chartGridColor(theme == Theme.DARK ? Color.web("#30363d") : Color.web("#d0d7de"))
                .tickLabelColor(theme.tileMuted())
                .barColor(theme.accent())
                .roundedCorners(true)
                .animated(false)
                .build();
        recent.setId("tile-recent-days");
        model.recent().addListener((ListChangeListener<DashboardViewModel.DayPoint>) c -> {
            series.getData().setAll(model.recent().stream()
                    .map(p -> new XYChart.Data<String, Number>(p.label(), p.revenue()))
                    .toList());
        });

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100 / 3.0);
            col.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(col);
        }
        RowConstraints tilesRow = new RowConstraints(180, 200, 240);
        RowConstraints chartRow = new RowConstraints(220, 320, Double.MAX_VALUE);
        chartRow.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().addAll(tilesRow, chartRow);
        grid.add(revenue, 0, 0);
        grid.add(sales, 1, 0);
        grid.add(ticket, 2, 0);
        grid.add(recent, 0, 1, 3, 1);
        for (Tile t : new Tile[] {revenue, sales, ticket, recent}) {
            t.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(top, error, grid);

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

    private static Tile number(Theme theme, String title, String unit, int decimals) {
        return TileBuilder.create()
                .skinType(SkinType.NUMBER)
                .title(title)
                .unit(unit)
                .decimals(decimals)
                .customDecimalFormatEnabled(true)
                .customDecimalFormat(new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)))
                .descriptionAlignment(Pos.TOP_LEFT)
                .textVisible(true)
                .backgroundColor(theme.tileBackground())
                .titleColor(theme.tileMuted())
                .valueColor(theme.tileForeground())
                .unitColor(theme.tileMuted())
                .descriptionColor(theme.tileMuted())
                .textColor(theme.tileMuted())
                .roundedCorners(true)
                .animated(false)
                .build();
    }
}
