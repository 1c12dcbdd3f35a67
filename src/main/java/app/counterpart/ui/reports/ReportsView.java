package app.counterpart.ui.reports;

import app.counterpart.core.report.Dimension;
import app.counterpart.core.report.ReportRow;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Tables;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sales reports: pick a period and a breakdown, read it, export it as CSV or PDF, or print it. */
public final class ReportsView extends VBox {

    private final ReportsViewModel model;
    private final I18n i18n;
    private final Label error = new Label();

    public ReportsView(ReportsViewModel model, I18n i18n) {
        super(12);
        this.model = model;
        this.i18n = i18n;
        setPadding(new Insets(20));
        getStyleClass().add("reports");

        Label title = new Label(i18n.text("area.reports"));
        title.getStyleClass().add("page-title");
        DatePicker from = new DatePicker();
        from.setId("reports-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("reports-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        ComboBox<Dimension> by = new ComboBox<>();
        by.setId("reports-by");
        by.getItems().setAll(Dimension.values());
        by.valueProperty().bindBidirectional(model.dimensionProperty());
        by.setConverter(new StringConverter<>() {
            @Override
            public String toString(Dimension d) {
                return d == null ? "" : i18n.text("reports.by." + d.code());
            }

            @Override
            public Dimension fromString(String s) {
                return null;
            }
        });
        Button run = new Button(i18n.text("reports.run"), new FontIcon(Feather.PLAY));
        run.setId("reports-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        by.valueProperty().addListener((o, a, b) -> model.run());
        HBox controls = new HBox(10, title, new Region(), new Label(i18n.text("reports.from")), from,
                new Label(i18n.text("reports.to")), to, new Label(i18n.text("reports.byLabel")), by, run);
        HBox.setHgrow(controls.getChildren().get(1), Priority.ALWAYS);
        controls.setAlignment(Pos.CENTER_LEFT);

        TableView<ReportRow> table = new TableView<>(model.rows());
        table.setId("reports-table");
        TableColumn<ReportRow, String> key = Tables.column(i18n.text("reports.col.line"), model::label, 260);
        table.getColumns().add(key);
        table.getColumns().add(right(Tables.column(i18n.text("reports.col.count"), model::count, 90)));
        table.getColumns().add(right(Tables.column(i18n.text("reports.col.quantity"), model::quantity, 90)));
        table.getColumns().add(right(Tables.column(i18n.text("reports.col.revenue"),
                r -> model.money(r.revenueMinor()), 130)));
        table.getColumns().add(right(Tables.column(i18n.text("reports.col.margin"),
                r -> r.costMinor() == 0 && r.taxMinor() == 0 ? "" : model.money(r.grossMarginMinor()), 130)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.text("reports.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label totals = new Label();
        totals.getStyleClass().add("page-subtitle");
        totals.textProperty().bind(model.totalsProperty());
        Label status = new Label();
        status.getStyleClass().add("status-text");
        status.textProperty().bind(model.statusProperty());
        Button csv = new Button(i18n.text("reports.csv"), new FontIcon(Feather.FILE_TEXT));
        csv.setOnAction(e -> save("csv").ifPresent(model::exportCsv));
        Button pdf = new Button(i18n.text("reports.pdf"), new FontIcon(Feather.FILE));
        pdf.setOnAction(e -> save("pdf").ifPresent(model::exportPdf));
        Button print = new Button(i18n.text("reports.print"), new FontIcon(Feather.PRINTER));
        print.setOnAction(e -> print());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, totals, status, spacer, csv, pdf, print);
        bottom.setAlignment(Pos.CENTER_LEFT);

        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(controls, error, table, bottom);
        model.run();
    }

    private static <T> TableColumn<ReportRow, T> right(TableColumn<ReportRow, T> column) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private java.util.Optional<java.nio.file.Path> save(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("report-" + model.dimensionProperty().get().code() + "-" + model.fromProperty().get()
                + "-" + model.toProperty().get() + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        File file = chooser.showSaveDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    /** Prints through the system's printers; without one, says so instead of failing silently. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            error.textProperty().unbind();
            error.setText(i18n.text("reports.noPrinter"));
            return;
        }
        if (job.showPrintDialog(getScene().getWindow())) {
            boolean printed = job.printPage(printable(model.document()));
            if (printed) {
                job.endJob();
            }
        }
    }

    private static Node printable(ReportDocument doc) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(3);
        for (int c = 0; c < doc.columns().size(); c++) {
            Label h = new Label(doc.columns().get(c));
            h.setStyle("-fx-font-weight: bold;");
            grid.add(h, c, 0);
        }
        List<List<String>> lines = doc.lines();
        for (int r = 0; r < lines.size(); r++) {
            for (int c = 0; c < lines.get(r).size(); c++) {
                grid.add(new Label(lines.get(r).get(c)), c, r + 1);
            }
        }
        Label shop = new Label(doc.shop());
        Label title = new Label(doc.title());
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        VBox page = new VBox(8, shop, title, new Label(doc.period()), grid, new Label(doc.totals()));
        page.setPadding(new Insets(24));
        return page;
    }
}
