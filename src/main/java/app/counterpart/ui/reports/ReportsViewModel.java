package app.counterpart.ui.reports;

import app.counterpart.core.common.Money;
import app.counterpart.core.report.Dimension;
import app.counterpart.core.report.ReportFormat;
import app.counterpart.core.report.ReportRepository;
import app.counterpart.core.report.ReportRow;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A sales report for any period by hour, day, category, product, staff or tender; on screen, CSV, PDF. */
public final class ReportsViewModel {

    private final ReportRepository reports;
    private final Currency currency;
    private final UiContext ui;
    private final String shopName;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.DAY);
    private final ObservableList<ReportRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ReportsViewModel(ReportRepository reports, Currency currency, UiContext ui, String shopName,
            LocalDate today) {
        this.reports = reports;
        this.currency = currency;
        this.ui = ui;
        this.shopName = shopName;
        from.set(today.withDayOfMonth(1));
        to.set(today);
    }

    /** Opens the report on a dimension and range, as a dashboard drill-down does. */
    public void show(Dimension d, LocalDate first, LocalDate last) {
        dimension.set(d);
        from.set(first);
        to.set(last);
        run();
    }

    public void run() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        Dimension d = dimension.get();
        if (a == null || b == null || b.isBefore(a)) {
            error.set(ui.i18n().text("reports.badRange"));
            return;
        }
        boolean zh = ui.i18n().chinese();
        ui.tasks().run(() -> reports.report(d, a, b, zh), list -> {
            rows.setAll(list);
            long revenue = list.stream().mapToLong(ReportRow::revenueMinor).sum();
            totals.set(ui.i18n().format("reports.totals", list.size(), Money.format(revenue, currency,
                    ui.i18n().locale())));
            error.set("");
            status.set("");
        }, e -> error.set(Errors.describe(e)));
    }

    /** Writes the report as CSV (UTF-8 with BOM, so spreadsheet tools read Chinese names right). */
    public void exportCsv(Path file) {
        Dimension d = dimension.get();
        List<ReportRow> snapshot = List.copyOf(rows);
        ui.tasks().run(() -> {
            writeAtomically(file, ("\uFEFF" + ReportFormat.csv(d, snapshot)).getBytes(StandardCharsets.UTF_8));
            return file;
        }, f -> status.set(ui.i18n().format("reports.saved", f)), e -> error.set(Errors.describe(e)));
    }

    public void exportPdf(Path file) {
        ReportDocument document = document();
        ui.tasks().run(() -> {
            writeAtomically(file, ReportPdf.render(document));
            return file;
        }, f -> status.set(ui.i18n().format("reports.saved", f)), e -> error.set(Errors.describe(e)));
    }

    /** The report as a printable document: title, period, column headings and formatted lines. */
    public ReportDocument document() {
        Dimension d = dimension.get();
        List<String> head = List.of(ui.i18n().text("reports.col." + d.code()), ui.i18n().text("reports.col.count"),
                ui.i18n().text("reports.col.quantity"), ui.i18n().text("reports.col.revenue"),
                ui.i18n().text("reports.col.margin"));
        List<List<String>> lines = rows.stream().map(r -> List.of(label(r), count(r), quantity(r), money(r.revenueMinor()),
                d == Dimension.CATEGORY || d == Dimension.PRODUCT ? money(r.grossMarginMinor()) : "")).toList();
        return new ReportDocument(shopName, ui.i18n().format("reports.title." + d.code()),
                ui.i18n().format("reports.period", from.get(), to.get()), head, lines, totals.get());
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public String label(ReportRow r) {
        return switch (dimension.get()) {
            case PRODUCT, CATEGORY, STAFF -> r.label() + "  (" + r.key() + ")";
            case TENDER -> ui.i18n().text("tender." + r.key());
            default -> r.label();
        };
    }

    public String count(ReportRow r) {
        return dimension.get() == Dimension.PRODUCT || dimension.get() == Dimension.CATEGORY ? ""
                : String.format(ui.i18n().locale(), "%,d", r.count());
    }

    public String quantity(ReportRow r) {
        return r.quantity() == 0 ? "" : String.format(ui.i18n().locale(), "%,d", r.quantity());
    }

    public String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public ObservableList<ReportRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
