package app.counterpart.ui.staff.performance;

import app.counterpart.core.common.Money;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.performance.Figure;
import app.counterpart.core.staff.performance.PerformancePeriod;
import app.counterpart.core.staff.performance.PerformancePeriod.Preset;
import app.counterpart.core.staff.performance.PerformanceReport;
import app.counterpart.core.staff.performance.PerformanceRepository;
import app.counterpart.core.staff.performance.StaffFigures;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * People side by side over a period: net sales, sales, average ticket, items per sale, customers
 * served, returning-customer rate, notes written and care tasks done, each with its change against the
 * previous period. A figure that cannot be computed (an average without a sale) reads "—" with a
 * tooltip saying why, never 0.
 */
public final class PerformanceViewModel {

    /** Which way a figure moved, for the ▲ / ▼ and its colour. */
    public enum Trend {
        UP, DOWN, FLAT, NONE
    }

    /**
     * One cell: the value as shown, the change as shown ("▲ 12 %", empty when it cannot be said), and a
     * tooltip explaining a "—".
     */
    public record Cell(String value, String change, Trend trend, String tooltip) {
    }

    /** One person's line. */
    public record Row(String name, String role, Map<Figure, Cell> cells) {

        public Cell cell(Figure f) {
            return cells.get(f);
        }
    }

    private final PerformanceRepository repo;
    private final Supplier<List<Staff>> staff;
    private final Supplier<LocalDate> today;
    private final Currency currency;
    private final UiContext ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.THIS_MONTH);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private int generation;

    /**
     * @param today the shop's business day now
     */
    public PerformanceViewModel(PerformanceRepository repo, Supplier<List<Staff>> staff, Supplier<LocalDate> today,
            Currency currency, UiContext ui) {
        this.repo = repo;
        this.staff = staff;
        this.today = today;
        this.currency = currency;
        this.ui = ui;
    }

    // Commands

    /** Reads both periods in the background and shows them; a later call wins over an earlier one. */
    public void load() {
        PerformancePeriod period;
        try {
            period = period();
        } catch (IllegalArgumentException e) {
            error.set(ui.i18n().text("performance.range.invalid"));
            return;
        }
        PerformancePeriod before = period.previous();
        periodLabel.set(ui.i18n().format("performance.compared", label(period), label(before)));
        int gen = ++generation;
        loading.set(true);
        record Read(List<PerformanceReport.Line> lines) {
        }
        ui.tasks().run(() -> {
            Map<String, StaffFigures> now = repo.figures(period.from(), period.to());
            Map<String, StaffFigures> prev = repo.figures(before.from(), before.to());
            return new Read(PerformanceReport.lines(staff.get(), now, prev));
        }, read -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            error.set("");
            rows.setAll(read.lines().stream().map(this::row).toList());
        }, e -> {
            loading.set(false);
            error.set(Errors.describe(e));
        });
    }

    /** The days the chooser means now; a custom range without both ends is today. */
    PerformancePeriod period() {
        LocalDate day = today.get();
        if (preset.get() == Preset.CUSTOM) {
            LocalDate from = customFrom.get() == null ? day : customFrom.get();
            LocalDate to = customTo.get() == null ? from : customTo.get();
            return new PerformancePeriod(from, to);
        }
        return PerformancePeriod.of(preset.get(), day);
    }

    private Row row(PerformanceReport.Line line) {
        Map<Figure, Cell> cells = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            cells.put(f, cell(f, line.value(f), line.change(f)));
        }
        Staff s = line.person();
        String role = ui.i18n().text("role." + s.role().code())
                + (s.active() ? "" : " · " + ui.i18n().text("roster.inactive"));
        return new Row(s.code() + "  " + s.displayName(ui.i18n().chinese()), role, cells);
    }

    Cell cell(Figure f, double value, double change) {
        if (Double.isNaN(value)) {
            return new Cell("—", "", Trend.NONE, ui.i18n().text("performance.undefined." + f.code()));
        }
        String shown = switch (f) {
            case NET_SALES, AVERAGE_TICKET -> Money.format(Math.round(value), currency, ui.i18n().locale());
            case ITEMS_PER_SALE -> decimal(value);
            case RETURNING_RATE -> percent(value);
            default -> String.format(ui.i18n().locale(), "%,d", Math.round(value));
        };
        if (Double.isNaN(change)) {
            return new Cell(shown, "", Trend.NONE, ui.i18n().text("performance.noChange"));
        }
        long pct = Math.round(change * 100);
        Trend trend = pct > 0 ? Trend.UP : pct < 0 ? Trend.DOWN : Trend.FLAT;
        String arrow = trend == Trend.UP ? "▲ " : trend == Trend.DOWN ? "▼ " : "＝ ";
        return new Cell(shown, arrow + Math.abs(pct) + " %", trend, null);
    }

    private String decimal(double v) {
        NumberFormat n = NumberFormat.getNumberInstance(ui.i18n().locale());
        n.setMinimumFractionDigits(1);
        n.setMaximumFractionDigits(1);
        return n.format(v);
    }

    private String percent(double v) {
        NumberFormat n = NumberFormat.getPercentInstance(ui.i18n().locale());
        n.setMaximumFractionDigits(0);
        return n.format(v);
    }

    private String label(PerformancePeriod p) {
        DateTimeFormatter d = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        return p.from().equals(p.to()) ? d.format(p.from()) : d.format(p.from()) + " – " + d.format(p.to());
    }

    // Properties

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    /** "1 Nov – 28 Nov 2026 compared with 1 Oct – 28 Oct 2026". */
    public ReadOnlyStringProperty periodLabelProperty() {
        return periodLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
