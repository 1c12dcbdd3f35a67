package app.counterpart.ui.dashboard;

import app.counterpart.core.common.Money;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.event.StoreReplaced;
import app.counterpart.core.kpi.DashboardService;
import app.counterpart.core.kpi.DashboardSnapshot;
import app.counterpart.core.kpi.Period;
import app.counterpart.core.kpi.Totals;
import app.counterpart.core.report.ReportRow;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The owner's first screen: the chosen period's numbers against the period before, refreshed on each sale. */
public final class DashboardViewModel {

    /** Direction of a figure against its comparison, for colouring. */
    public enum Trend { UP, DOWN, NONE }

    /** One KPI tile: its value, what it is compared with, and a line of detail. */
    public static final class Figure {
        private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper();
        private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<Trend> trend = new ReadOnlyObjectWrapper<>(Trend.NONE);

        public ReadOnlyDoubleProperty valueProperty() {
            return value.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty comparisonProperty() {
            return comparison.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty detailProperty() {
            return detail.getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<Trend> trendProperty() {
            return trend.getReadOnlyProperty();
        }
    }

    /** A point of the chart: label, the period's value and the comparison value (major units; null = not yet). */
    public record CurvePoint(String label, Double value, Double compared) {
    }

    /** A line of a top list, already formatted. */
    public record Ranked(String name, String value, double share) {
    }

    private final DashboardService service;
    private final Currency currency;
    private final UiContext ui;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    private final ObjectProperty<Period.Kind> periodKind = new SimpleObjectProperty<>(Period.Kind.TODAY);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final Figure revenue = new Figure();
    private final Figure sales = new Figure();
    private final Figure ticket = new Figure();
    private final Figure margin = new Figure();
    private final ObservableList<CurvePoint> curve = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper curveSeries = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper compareSeries = new ReadOnlyStringWrapper("");
    private final ObservableList<Ranked> topProducts = FXCollections.observableArrayList();
    private final ObservableList<Ranked> topCategories = FXCollections.observableArrayList();
    private final ObservableList<Ranked> staff = FXCollections.observableArrayList();
    // The read-only views handed out are made once and kept here: such a view follows its backing list
    // through a weak listener, so a view created per call and held by nobody (the dashboard only keeps the
    // listener it adds to it) is garbage collected at the next GC and its listeners stop hearing changes.
    // The curve and top lists then stayed empty on screen while the figures (plain properties) updated.
    private final ObservableList<CurvePoint> curveView = FXCollections.unmodifiableObservableList(curve);
    private final ObservableList<Ranked> topProductsView = FXCollections.unmodifiableObservableList(topProducts);
    private final ObservableList<Ranked> topCategoriesView = FXCollections.unmodifiableObservableList(topCategories);
    private final ObservableList<Ranked> staffView = FXCollections.unmodifiableObservableList(staff);
    private final ReadOnlyIntegerWrapper newCustomers = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper returningCustomers = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper walkIns = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper careCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private DashboardSnapshot last;

    public DashboardViewModel(DashboardService service, Currency currency, UiContext ui) {
        this.service = service;
        this.currency = currency;
        this.ui = ui;
        periodKind.addListener((obs, old, k) -> refresh());
    }

    /** Starts listening for new sales; returns the action that stops it again. */
    public Runnable listen() {
        Runnable a = ui.events().subscribe(SalesCommitted.class, e -> queueRefresh());
        Runnable b = ui.events().subscribe(StoreReplaced.class, e -> queueRefresh());
        return () -> {
            a.run();
            b.run();
        };
    }

    // Commands

    public void refresh() {
        Period period;
        try {
            period = periodKind.get() == Period.Kind.CUSTOM && customFrom.get() != null && customTo.get() != null
                    ? Period.custom(customFrom.get(), customTo.get())
                    : service.period(periodKind.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        loading.set(true);
        boolean zh = ui.i18n().chinese();
        ui.tasks().run(() -> service.snapshot(period, zh), this::apply, e -> {
            loading.set(false);
            error.set(ui.i18n().format("dashboard.error", Errors.describe(e)));
        });
    }

    /** Bursts of events (a bulk import) collapse into one refresh. */
    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            ui.fxThread().execute(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    private void apply(DashboardSnapshot s) {
        last = s;
        Period p = s.period();
        Totals now = s.current();
        Totals before = s.compared();
        String against = against(p);
        periodText.set(describe(p));
        set(revenue, major(now.revenueMinor()), major(before.revenueMinor()), against, this::money);
        revenue.detail.set(ui.i18n().format("dashboard.revenue.detail", money(now.grossMarginMinor() + now.costMinor()),
                money(now.taxMinor())));
        set(sales, now.sales(), before.sales(), against, v -> String.format(ui.i18n().locale(), "%,.0f", v));
        sales.detail.set(ui.i18n().format("dashboard.sales.detail2",
                String.format(ui.i18n().locale(), "%.1f", now.itemsPerSale()),
                String.format(ui.i18n().locale(), "%.1f", before.itemsPerSale())));
        set(ticket, major(now.averageTicketMinor()), major(before.averageTicketMinor()), against, this::money);
        ticket.detail.set(ui.i18n().format("dashboard.ticket.detail2", now.items()));
        set(margin, now.grossMarginPercent(), before.grossMarginPercent(), against,
                v -> String.format(ui.i18n().locale(), "%.1f %%", v));
        margin.detail.set(ui.i18n().format("dashboard.margin.detail", money(now.grossMarginMinor())));

        List<CurvePoint> points = new ArrayList<>();
        for (int i = 0; i < s.curveLabels().size(); i++) {
            Long v = s.curve().get(i);
            points.add(new CurvePoint(s.curveLabels().get(i), v == null ? null : major(v), major(s.compareCurve().get(i))));
        }
        curve.setAll(points);
        if (p.kind() == Period.Kind.TODAY) {
            String weekday = p.from().getDayOfWeek().getDisplayName(TextStyle.FULL, ui.i18n().locale());
            curveSeries.set(ui.i18n().text("dashboard.curve.todaySeries"));
            compareSeries.set(ui.i18n().format("dashboard.curve.typical", weekday));
        } else {
            curveSeries.set(ui.i18n().text("dashboard.curve.thisPeriod"));
            compareSeries.set(ui.i18n().text("dashboard.curve.previousPeriod"));
        }
        topProducts.setAll(ranked(s.topProducts()));
        topCategories.setAll(ranked(s.topCategories()));
        staff.setAll(ranked(s.staff()));
        newCustomers.set((int) s.customers().newCustomerSales());
        returningCustomers.set((int) s.customers().returningCustomerSales());
        walkIns.set((int) s.customers().walkInSales());
        careCount.set(s.customersToCareFor());
        error.set("");
        loading.set(false);
    }

    private List<Ranked> ranked(List<ReportRow> rows) {
        long best = rows.isEmpty() ? 0 : Math.max(1, rows.get(0).revenueMinor());
        return rows.stream().map(r -> new Ranked(r.label(), money(r.revenueMinor()),
                Math.max(0, r.revenueMinor()) / (double) best)).toList();
    }

    private void set(Figure f, double now, double before, String against, DoubleFunction<String> format) {
        f.value.set(now);
        Double change = Totals.change(now, before);
        if (change == null) {
            f.trend.set(Trend.NONE);
            f.comparison.set(ui.i18n().format("dashboard.noComparison", against));
        } else {
            f.trend.set(change >= 0 ? Trend.UP : Trend.DOWN);
            f.comparison.set(ui.i18n().format("dashboard.comparison", change >= 0 ? "▲" : "▼",
                    String.format(ui.i18n().locale(), "%.1f", Math.abs(change)), against, format.apply(before)));
        }
    }

    private String against(Period p) {
        return switch (p.kind()) {
            case TODAY -> ui.i18n().format("dashboard.against.today",
                    p.compareFrom().getDayOfWeek().getDisplayName(TextStyle.FULL, ui.i18n().locale()));
            case WEEK -> ui.i18n().text("dashboard.against.week");
            case MONTH -> ui.i18n().text("dashboard.against.month");
            case CUSTOM -> ui.i18n().text("dashboard.against.custom");
        };
    }

    private String describe(Period p) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        return p.from().equals(p.to()) ? day.format(p.from())
                : day.format(p.from()) + " – " + day.format(p.to());
    }

    private double major(long minor) {
        return minor / Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
    }

    private String money(double major) {
        return Money.format(Math.round(major * Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()))),
                currency, ui.i18n().locale());
    }

    private String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    /** Unit shown beside money values: 元 in Chinese, the currency code otherwise. */
    public String currencyUnit() {
        return ui.i18n().chinese() && currency.getCurrencyCode().equals("CNY") ? "元" : currency.getCurrencyCode();
    }

    /** The period on screen, for drill-downs. */
    public Period shownPeriod() {
        return last == null ? service.period(periodKind.get()) : last.period();
    }

    // Properties

    public ObjectProperty<Period.Kind> periodKindProperty() {
        return periodKind;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public Figure revenue() {
        return revenue;
    }

    public Figure sales() {
        return sales;
    }

    public Figure ticket() {
        return ticket;
    }

    public Figure margin() {
        return margin;
    }

    public ObservableList<CurvePoint> curve() {
        return curveView;
    }

    public ReadOnlyStringProperty curveSeriesProperty() {
        return curveSeries.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty compareSeriesProperty() {
        return compareSeries.getReadOnlyProperty();
    }

    public ObservableList<Ranked> topProducts() {
        return topProductsView;
    }

    public ObservableList<Ranked> topCategories() {
        return topCategoriesView;
    }

    public ObservableList<Ranked> staff() {
        return staffView;
    }

    public ReadOnlyIntegerProperty newCustomersProperty() {
        return newCustomers.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty returningCustomersProperty() {
        return returningCustomers.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty walkInsProperty() {
        return walkIns.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty careCountProperty() {
        return careCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
