package app.counterpart.ui.dashboard;

import app.counterpart.core.common.Money;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.event.StoreReplaced;
import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.kpi.KpiService;
import app.counterpart.core.kpi.TodaySummary;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The owner's first screen: today's numbers against last week, refreshed when a sale commits. */
public final class DashboardViewModel {

    /** One point of the recent-days chart: a short day label and revenue in major units. */
    public record DayPoint(String label, double revenue) {
    }

    /** Direction of today's revenue against last week, for colouring. */
    public enum Trend { UP, DOWN, NONE }

    private final KpiService kpis;
    private final Currency currency;
    private final UiContext ui;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    private final ReadOnlyDoubleWrapper revenueToday = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper revenueTodayText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revenueComparison = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastWeekText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Trend> trend = new ReadOnlyObjectWrapper<>(Trend.NONE);
    private final ReadOnlyDoubleWrapper salesToday = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper salesDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper averageTicket = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper averageTicketDetail = new ReadOnlyStringWrapper("");
    private final ObservableList<DayPoint> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public DashboardViewModel(KpiService kpis, Currency currency, UiContext ui) {
        this.kpis = kpis;
        this.currency = currency;
        this.ui = ui;
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
        loading.set(true);
        ui.tasks().run(() -> new DashboardSnapshot(kpis.todaySummary(), kpis.recentDays(14)), this::apply, e -> {
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
        TodaySummary t = s.today();
        DayFigures today = t.today();
        revenueToday.set(major(today.revenueMinor()));
        revenueTodayText.set(money(today.revenueMinor()));
        Double change = t.revenueChangePercent();
        String weekday = t.sameWeekdayLastWeek().day().getDayOfWeek().getDisplayName(TextStyle.FULL, ui.i18n().locale());
        if (change == null) {
            trend.set(Trend.NONE);
            revenueComparison.set(ui.i18n().text("dashboard.revenue.noComparison"));
        } else {
            trend.set(change >= 0 ? Trend.UP : Trend.DOWN);
            revenueComparison.set(ui.i18n().format("dashboard.revenue.comparison", change >= 0 ? "▲" : "▼",
                    String.format(ui.i18n().locale(), "%.1f", Math.abs(change)), weekday,
                    money(t.lastWeekByNowMinor())));
        }
        lastWeekText.set(ui.i18n().format("dashboard.revenue.lastWeekDay", weekday,
                money(t.sameWeekdayLastWeek().revenueMinor())));
        salesToday.set(today.sales());
        salesDetail.set(ui.i18n().format("dashboard.sales.detail", today.refunds(), today.voids(),
                t.sameWeekdayLastWeek().sales()));
        averageTicket.set(major(today.averageTicketMinor()));
        averageTicketDetail.set(ui.i18n().format("dashboard.ticket.detail",
                today.sales() == 0 ? "0" : String.format(ui.i18n().locale(), "%.1f", today.items() / (double) today.sales())));
        DateTimeFormatter label = DateTimeFormatter.ofPattern(ui.i18n().chinese() ? "M/d" : "d MMM", ui.i18n().locale());
        List<DayPoint> points = s.recent().stream()
                .map(d -> new DayPoint(label.format(d.day()), major(d.revenueMinor())))
                .toList();
        recent.setAll(points);
        error.set("");
        loading.set(false);
    }

    private double major(long minor) {
        return minor / Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
    }

    private String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    /** Unit shown beside money values: 元 in Chinese, the currency code otherwise. */
    public String currencyUnit() {
        return ui.i18n().chinese() && currency.getCurrencyCode().equals("CNY") ? "元" : currency.getCurrencyCode();
    }

    // Properties

    public ReadOnlyDoubleProperty revenueTodayProperty() {
        return revenueToday.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revenueTodayTextProperty() {
        return revenueTodayText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revenueComparisonProperty() {
        return revenueComparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastWeekTextProperty() {
        return lastWeekText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty salesTodayProperty() {
        return salesToday.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty salesDetailProperty() {
        return salesDetail.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty averageTicketProperty() {
        return averageTicket.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty averageTicketDetailProperty() {
        return averageTicketDetail.getReadOnlyProperty();
    }

    public ObservableList<DayPoint> recent() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
