package app.counterpart.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.kpi.DashboardService;
import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.kpi.KpiService;
import app.counterpart.core.kpi.Period;
import app.counterpart.core.report.Dimension;
import app.counterpart.store.report.JooqReportRepository;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {

    /** 16:00 in Shanghai on Friday 27 November 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
    private static final Currency CNY = Currency.getInstance("CNY");

    @TempDir
    Path dir;
    DemoFixture store;
    EventBus events;
    DashboardService service;
    DashboardViewModel model;

    @BeforeEach
    void openDemoStore() {
        store = new DemoFixture(dir, CLOCK);
        store.installDemo(LocalDate.of(2026, 11, 27), 40);
        events = new EventBus(e -> { throw e; });
        var shop = store.shops.shop().orElseThrow();
        service = new DashboardService(store.kpis, new JooqReportRepository(store.db), shop.calendar(), CLOCK);
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, events, new I18n(I18n.ENGLISH),
                Theme.LIGHT, CLOCK);
        model = new DashboardViewModel(service, CNY, ui);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void todayShowsTheStoresFiguresAndTheTopLists() {
        model.refresh();
        DayFigures today = new KpiService(store.kpis, store.shops.shop().orElseThrow().calendar(), CLOCK)
                .todaySummary().today();
        assertEquals(today.revenueMinor() / 100.0, model.revenue().valueProperty().get(), 1e-9);
        assertEquals(today.sales(), (int) model.sales().valueProperty().get());
        assertEquals(5, model.topProducts().size());
        assertFalse(model.curve().isEmpty());
        assertTrue(model.revenue().comparisonProperty().get().contains("last Friday by this hour"),
                model.revenue().comparisonProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aLongerPeriodAddsUpItsDays() {
        model.periodKindProperty().set(Period.Kind.MONTH);
        long revenue = store.kpis.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 27)).stream()
                .mapToLong(DayFigures::revenueMinor).sum();
        assertEquals(revenue / 100.0, model.revenue().valueProperty().get(), 1e-9);
        assertEquals(27, model.curve().size());
        assertTrue(model.revenue().comparisonProperty().get().contains("last month"));
    }

    @Test
    void theTopProductListIsTheProductReportsHead() {
        model.refresh();
        var report = new JooqReportRepository(store.db).report(Dimension.PRODUCT, LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 27), false);
        assertEquals(report.get(0).label(), model.topProducts().get(0).name());
        assertEquals(1.0, model.topProducts().get(0).share(), 1e-9);
    }

    @Test
    void aCommittedSaleRefreshesTheNumbersUntilTheScreenStopsListening() {
        Runnable stop = model.listen();
        model.refresh();
        double before = model.revenue().valueProperty().get();
        store.db.write(ctx -> ctx.execute("update rollup_day set revenue_minor = revenue_minor + 12345"
                + " where business_day = '2026-11-27'"));
        events.publish(new SalesCommitted(1, Set.of(LocalDate.of(2026, 11, 27))));
        assertEquals(before + 123.45, model.revenue().valueProperty().get(), 1e-9);

        stop.run();
        store.db.write(ctx -> ctx.execute("update rollup_day set revenue_minor = revenue_minor + 100"
                + " where business_day = '2026-11-27'"));
        events.publish(new SalesCommitted(1, Set.of(LocalDate.of(2026, 11, 27))));
        assertEquals(before + 123.45, model.revenue().valueProperty().get(), 1e-9);
    }

    @Test
    void aCustomRangeEndingBeforeItStartsIsExplained() {
        model.customFromProperty().set(LocalDate.of(2026, 11, 20));
        model.customToProperty().set(LocalDate.of(2026, 11, 10));
        model.periodKindProperty().set(Period.Kind.CUSTOM);
        assertTrue(model.errorProperty().get().contains("before it starts"), model.errorProperty().get());
    }

    @Test
    void aScreenThatOnlyKeepsItsListenerStillHearsTheListsAfterAGarbageCollection() {
        // The dashboard adds a listener to each list and keeps no other reference to it, as here.
        AtomicInteger productRows = new AtomicInteger(-1);
        AtomicInteger curvePoints = new AtomicInteger(-1);
        WeakReference<ObservableList<DashboardViewModel.Ranked>> products = listen(model.topProducts(), productRows);
        WeakReference<ObservableList<DashboardViewModel.CurvePoint>> curve = listen(model.curve(), curvePoints);
        for (int i = 0; i < 5 && (products.get() != null || curve.get() != null); i++) {
            System.gc();
        }
        model.refresh();
        assertEquals(5, productRows.get());
        assertEquals(model.curve().size(), curvePoints.get());
    }

    private static <T> WeakReference<ObservableList<T>> listen(ObservableList<T> list, AtomicInteger size) {
        list.addListener((ListChangeListener<T>) c -> size.set(c.getList().size()));
        return new WeakReference<>(list);
    }
}
