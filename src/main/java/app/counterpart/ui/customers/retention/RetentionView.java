package app.counterpart.ui.customers.retention;

import app.counterpart.core.customers.retention.Activation;
import app.counterpart.core.customers.retention.CohortMatrix;
import app.counterpart.core.customers.retention.Funnel;
import app.counterpart.core.customers.retention.Referrals;
import app.counterpart.core.customers.retention.RetentionReport;
import app.counterpart.core.customers.retention.RevenueMonth;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import app.counterpart.ui.common.Theme;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Retention-first marketing: the cohort heatmap, second purchases within N days, referrals, money per
 * returning customer, and the funnel in RARRA and AARRR order side by side. Figures the data cannot give
 * are said in words, never shown as zero.
 */
public final class RetentionView extends StackPane {

    private static final double CELL_WIDTH = 33;

    private final RetentionViewModel model;
    private final I18n i18n;
    private final Theme theme;
    private final VBox content = new VBox(16);

    public RetentionView(RetentionViewModel model, I18n i18n, Theme theme) {
        this.model = model;
        this.i18n = i18n;
        this.theme = theme;
        setId("retention-view");

        Label heading = new Label(i18n.text("retention.title"));
        heading.getStyleClass().add("page-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label about = new Label(i18n.text("retention.about"));
        about.getStyleClass().add("page-subtitle");
        about.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("retention-spinner");
        spinner.setMaxSize(28, 28);
        spinner.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, spacer, spinner);
        top.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("retention-error");
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        content.setFillWidth(true);
        VBox page = new VBox(12, top, about, error, content);
        page.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().add(scroll);

        model.reportProperty().addListener((obs, old, r) -> show(r));
        model.load();
    }

    private void show(RetentionReport r) {
        if (r == null) {
            content.getChildren().clear();
            return;
        }
        content.getChildren().setAll(
                card("retention.cohorts.title", "retention.cohorts.about", cohorts(r.cohorts())),
                card("retention.funnel.title", "retention.funnel.about", funnel(r.funnel())),
                card("retention.activation.title", null, activation(r.activation())),
                card("retention.referrals.title", null, referrals(r.referrals())),
                card("retention.revenue.title", "retention.revenue.about", revenue(r.revenue())));
    }

    private Node card(String titleKey, String aboutKey, Node body) {
        Label title = new Label(i18n.text(titleKey));
        title.getStyleClass().add("card-title");
        VBox card = new VBox(8, title);
        if (aboutKey != null) {
            Label about = new Label(i18n.text(aboutKey));
            about.getStyleClass().add("card-text");
            about.setWrapText(true);
            card.getChildren().add(about);
        }
        card.getChildren().add(body);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14));
        return card;
    }

    // ---- cohort heatmap ----

    private Node cohorts(CohortMatrix m) {
        GridPane grid = new GridPane();
        grid.setId("retention-heatmap");
        grid.setHgap(2);
        grid.setVgap(2);
        // room for the horizontal scroll bar, which would otherwise cover the newest cohort
        grid.setPadding(new Insets(0, 0, 14, 0));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(label);
        }
        for (int k = 0; k < m.months(); k++) {
            ColumnConstraints c = new ColumnConstraints(CELL_WIDTH);
            c.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(c);
        }
        Label cohortHeader = headerLabel(i18n.text("retention.cohorts.cohort"));
        cohortHeader.setPadding(new Insets(0, 8, 0, 0));
        grid.add(cohortHeader, 0, 0);
        Label sizeHeader = headerLabel(i18n.text("retention.cohorts.size"));
        sizeHeader.setPadding(new Insets(0, 8, 0, 0));
        grid.add(sizeHeader, 1, 0);
        for (int k = 0; k < m.months(); k++) {
            Label h = headerLabel(i18n.format("retention.cohorts.month", k));
            grid.add(h, k + 2, 0);
        }
        int y = 1;
        for (CohortMatrix.Row row : m.rows()) {
            Label name = new Label(model.month(row.cohort()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setPadding(new Insets(0, 8, 0, 0));
            grid.add(name, 0, y);
            Label size = new Label(model.count(row.size()));
            size.setMinWidth(Region.USE_PREF_SIZE);
            size.setPadding(new Insets(0, 8, 0, 0));
            size.getStyleClass().add("retention-size");
            grid.add(size, 1, y);
            for (CohortMatrix.Cell cell : row.cells()) {
                grid.add(cell(row, cell), cell.monthsAfter() + 2, y);
            }
            y++;
        }
        Label legend = new Label(i18n.text("retention.cohorts.legend"));
        legend.getStyleClass().add("card-text");
        legend.setWrapText(true);
        HBox sample = new HBox(6, swatch(0.05), swatch(0.2), swatch(0.5), swatch(1.0), notYetSwatch(), legend);
        sample.setAlignment(Pos.CENTER_LEFT);
        ScrollPane wide = new ScrollPane(grid);
        wide.setFitToHeight(true);
        wide.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        wide.getStyleClass().add("edge-to-edge");
        return new VBox(8, wide, sample);
    }

    private Label headerLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("retention-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label cell(CohortMatrix.Row row, CohortMatrix.Cell cell) {
        Label l = new Label();
        l.setMinSize(CELL_WIDTH, 24);
        l.setPrefSize(CELL_WIDTH, 24);
        l.setAlignment(Pos.CENTER);
        l.getStyleClass().add("retention-cell");
        String month = model.month(row.cohort().plusMonths(cell.monthsAfter()));
        if (!cell.happened()) {
            l.setText("");
            l.getStyleClass().add("retention-not-yet");
            tooltip(l, i18n.format("retention.cohorts.notYet", model.month(row.cohort()), month));
        } else if (row.size() == 0) {
            l.getStyleClass().add("retention-empty");
            tooltip(l, i18n.format("retention.cohorts.noCohort", model.month(row.cohort())));
        } else {
            l.setText(model.percent(cell.share()));
            paint(l, cell.share());
            tooltip(l, i18n.format("retention.cohorts.tooltip", model.count(cell.customers()), model.count(row.size()),
                    model.month(row.cohort()), month, model.percent(cell.share())));
        }
        return l;
    }

    private static void tooltip(Label l, String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(200));
        l.setTooltip(t);
    }

    /** Retention shares are mostly small, so the scale is a square root: 5 % is still visibly tinted. */
    private void paint(Label l, double share) {
        double t = share <= 0 ? 0 : 0.1 + 0.9 * Math.sqrt(share);
        Color low = theme.tileBackground();
        Color high = theme == Theme.DARK ? Color.web("#1f6feb") : Color.web("#0969da");
        Color fill = low.interpolate(high, t);
        Color text = theme == Theme.DARK || t > 0.62 ? (theme == Theme.DARK ? Color.web("#f0f6fc") : Color.WHITE)
                : theme.tileForeground();
        l.setStyle("-fx-background-color: " + web(fill) + "; -fx-text-fill: " + web(text) + ";");
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private Label swatch(double share) {
        Label l = new Label(model.percent(share));
        l.setMinSize(CELL_WIDTH, 22);
        l.setAlignment(Pos.CENTER);
        l.getStyleClass().add("retention-cell");
        paint(l, share);
        return l;
    }

    private Label notYetSwatch() {
        Label l = new Label();
        l.setMinSize(CELL_WIDTH, 22);
        l.getStyleClass().addAll("retention-cell", "retention-not-yet");
        return l;
    }

    // ---- funnel ----

    private Node funnel(Funnel f) {
        Label window = new Label(i18n.format("retention.funnel.window", model.month(f.from()), model.month(f.to()),
                model.count(f.newCustomers())));
        window.getStyleClass().add("card-text");
        window.setWrapText(true);
        HBox both = new HBox(16, funnelColumn("retention.funnel.rarra", f.rarra()),
                funnelColumn("retention.funnel.aarrr", f.aarrr()));
        both.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return new VBox(8, window, both);
    }

    private Node funnelColumn(String titleKey, List<Funnel.Stage> stages) {
        Label title = new Label(i18n.text(titleKey));
        title.getStyleClass().add("retention-funnel-title");
        VBox column = new VBox(10, title);
        column.setId(titleKey.replace('.', '-'));
        column.setMinWidth(0);
        column.setPrefWidth(100);
        column.setMaxWidth(Double.MAX_VALUE);
        for (Funnel.Stage s : stages) {
            column.getChildren().add(stage(s));
        }
        return column;
    }

    private Node stage(Funnel.Stage s) {
        Label name = new Label(i18n.text(s.step().key()));
        name.getStyleClass().add("retention-stage-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label question = new Label(i18n.text(s.step().key() + ".question"));
        question.getStyleClass().add("card-text");
        question.setWrapText(true);
        VBox box = new VBox(4, new HBox(8, name), question);
        box.getStyleClass().add("retention-stage");
        if (s.figure().isPresent()) {
            Funnel.Figure f = s.figure().get();
            Region bar = new Region();
            bar.getStyleClass().add("retention-bar");
            Region track = new Region();
            track.getStyleClass().add("retention-bar-track");
            StackPane bars = new StackPane(track, bar);
            bars.setAlignment(Pos.CENTER_LEFT);
            bars.setMinHeight(14);
            bars.setPrefHeight(14);
            bar.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> bars.getWidth() * f.share(),
                    bars.widthProperty()));
            bar.setMinWidth(0);
            track.setMaxWidth(Double.MAX_VALUE);
            Label figure = new Label(model.figure(f));
            figure.getStyleClass().add("retention-figure");
            figure.setWrapText(true);
            box.getChildren().addAll(bars, figure);
        }
        for (Funnel.Unknown u : s.unknowns()) {
            Label l = new Label(i18n.format("retention.unknown", model.unknown(u)));
            l.getStyleClass().add("retention-unknown");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    // ---- activation ----

    private Node activation(Activation a) {
        TextField days = new TextField(String.valueOf(a.days()));
        days.setId("retention-days");
        days.setPrefColumnCount(4);
        days.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        days.setOnAction(e -> model.setActivationDays(days.getText()));
        days.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.setActivationDays(days.getText());
            }
        });
        Label before = new Label(i18n.text("retention.activation.before"));
        Label after = new Label(i18n.text("retention.activation.after"));
        HBox field = new HBox(8, before, days, after);
        field.setAlignment(Pos.CENTER_LEFT);

        TableView<Activation.Row> table = new TableView<>();
        table.setId("retention-activation");
        table.getColumns().add(Tables.column(i18n.text("retention.cohorts.cohort"), r -> model.month(r.cohort()), 110));
        table.getColumns().add(Tables.column(i18n.text("retention.activation.new"), r -> model.count(r.newCustomers()),
                110));
        table.getColumns().add(Tables.column(i18n.text("retention.activation.judged"), r -> model.count(r.judged()),
                130));
        table.getColumns().add(Tables.column(i18n.format("retention.activation.activated", a.days()),
                r -> r.tooEarly() ? i18n.text("retention.activation.tooEarly")
                        : i18n.format("retention.activation.share", model.count(r.activated()),
                                model.percent(r.share())),
                220));
        table.getItems().setAll(newestFirst(a.rows()));
        sized(table, a.rows().size());
        return new VBox(8, field, table);
    }

    // ---- referrals ----

    private Node referrals(Referrals r) {
        if (!r.recorded()) {
            Label none = new Label(i18n.text("retention.referrals.none"));
            none.setId("retention-referrals-none");
            none.getStyleClass().add("retention-unknown");
            none.setWrapText(true);
            return none;
        }
        TableView<Referrals.Referrer> table = new TableView<>();
        table.setId("retention-referrers");
        table.getColumns().add(Tables.column(i18n.text("retention.referrals.referrer"), Referrals.Referrer::name, 180));
        table.getColumns().add(Tables.column(i18n.text("retention.referrals.brought"),
                x -> model.count(x.referred()), 130));
        table.getColumns().add(Tables.column(i18n.text("retention.referrals.spent"),
                x -> model.money(x.referredNetMinor()), 160));
        table.getItems().setAll(r.referrers());
        sized(table, Math.min(12, r.referrers().size()));

        GridPane compare = new GridPane();
        compare.setId("retention-referred-compare");
        compare.setHgap(16);
        compare.setVgap(4);
        compare.add(headerLabel(""), 0, 0);
        int x = 1;
        for (int k : Referrals.COMPARED_MONTHS) {
            compare.add(headerLabel(i18n.format("retention.referrals.afterMonths", k)), x++, 0);
        }
        groupRow(compare, 1, i18n.format("retention.referrals.referred", model.count(r.referred().customers())),
                r.referred());
        groupRow(compare, 2, i18n.format("retention.referrals.notReferred", model.count(r.notReferred().customers())),
                r.notReferred());
        Label compareTitle = new Label(i18n.text("retention.referrals.compare"));
        compareTitle.getStyleClass().add("retention-funnel-title");
        return new VBox(10, table, compareTitle, compare);
    }

    private void groupRow(GridPane grid, int y, String label, Referrals.Group g) {
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(name, 0, y);
        int x = 1;
        for (Referrals.Point p : g.points()) {
            Label v = new Label(p.known() ? model.percent(p.share()) : i18n.text("retention.notYet"));
            if (p.known()) {
                tooltip(v, i18n.format("retention.referrals.tooltip", model.count(p.bought()),
                        model.count(p.judged())));
            } else {
                v.getStyleClass().add("retention-unknown");
            }
            grid.add(v, x++, y);
        }
    }

    // ---- revenue per returning customer ----

    private Node revenue(List<RevenueMonth> months) {
        TableView<RevenueMonth> table = new TableView<>();
        table.setId("retention-revenue");
        table.getColumns().add(Tables.column(i18n.text("retention.revenue.month"), r -> model.month(r.month()), 110));
        table.getColumns().add(Tables.column(i18n.text("retention.revenue.returning"), r -> model.count(r.returning()),
                150));
        table.getColumns().add(Tables.column(i18n.text("retention.revenue.net"),
                r -> r.known() ? model.money(r.returningNetMinor()) : "", 150));
        table.getColumns().add(Tables.column(i18n.text("retention.revenue.perCustomer"),
                r -> r.known() ? model.money(r.perCustomerMinor()) : i18n.text("retention.revenue.nobody"), 200));
        table.getItems().setAll(newestFirst(months));
        sized(table, months.size());
        return table;
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** A table as tall as its rows, so that the page scrolls rather than the table. */
    private static void sized(TableView<?> table, int rows) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setFixedCellSize(28);
        double height = 48 + 28 * Math.max(1, rows);
        table.setMinHeight(height);
        table.setPrefHeight(height);
        table.setMaxHeight(height);
    }
}
