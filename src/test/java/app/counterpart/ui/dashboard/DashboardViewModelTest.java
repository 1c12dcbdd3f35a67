package app.counterpart.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.kpi.KpiRepository;
import app.counterpart.core.kpi.KpiService;
import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
    private static final Currency CNY = Currency.getInstance("CNY");

    private static UiContext ui(EventBus events) {
        return new UiContext(new SameThreadTaskExecutor(), Runnable::run, events, new I18n(I18n.ENGLISH), Theme.LIGHT,
                CLOCK);
    }

    @Test
    void refreshShowsTodaysFiguresFromTheStore(@TempDir Path dir) {
        try (DemoFixture store = new DemoFixture(dir, CLOCK)) {
            store.installDemo(LocalDate.of(2026, 11, 27), 14);
            var shop = store.shops.shop().orElseThrow();
            KpiService kpis = new KpiService(store.kpis, shop.calendar(), CLOCK);
            DayFigures today = kpis.todaySummary().today();
            DashboardViewModel model = new DashboardViewModel(kpis, CNY, ui(new EventBus(e -> { })));

            model.refresh();

            assertEquals(today.revenueMinor() / 100.0, model.revenueTodayProperty().get(), 1e-9);
            assertEquals(today.sales(), (int) model.salesTodayProperty().get());
            assertEquals(14, model.recent().size());
            assertEquals("", model.errorProperty().get());
            assertTrue(model.revenueTodayTextProperty().get().startsWith("¥"));
        }
    }

    /** A repository whose figures the test changes, to see the screen follow. */
    private static final class ChangingKpis implements KpiRepository {
        long revenue;

        @Override
        public List<DayFigures> days(LocalDate from, LocalDate to) {
            return List.of(new DayFigures(to, 3, 0, 0, revenue, 0, 0, 0, 5));
        }

        @Override
        public long[] hourlyRevenue(LocalDate day) {
            return new long[24];
        }
    }

    @Test
    void aCommittedSaleRefreshesTheNumbers() {
        ChangingKpis repository = new ChangingKpis();
        EventBus events = new EventBus(e -> { throw e; });
        KpiService kpis = new KpiService(repository, new BusinessCalendar(ZoneId.of("Asia/Shanghai"), 4), CLOCK);
        DashboardViewModel model = new DashboardViewModel(kpis, CNY, ui(events));
        Runnable stop = model.listen();
        model.refresh();
        assertEquals(0.0, model.revenueTodayProperty().get());

        repository.revenue = 12_345;
        events.publish(new SalesCommitted(1, Set.of(LocalDate.of(2026, 11, 27))));
        assertEquals(123.45, model.revenueTodayProperty().get(), 1e-9);

        stop.run();
        repository.revenue = 99_999;
        events.publish(new SalesCommitted(1, Set.of(LocalDate.of(2026, 11, 27))));
        assertEquals(123.45, model.revenueTodayProperty().get(), 1e-9);
    }

    @Test
    void aFailingStoreShowsAMessageInsteadOfNumbers() {
        KpiRepository broken = new KpiRepository() {
            @Override
            public List<DayFigures> days(LocalDate from, LocalDate to) {
                throw new IllegalStateException("disk unplugged");
            }

            @Override
            public long[] hourlyRevenue(LocalDate day) {
                throw new IllegalStateException("disk unplugged");
            }
        };
        KpiService kpis = new KpiService(broken, new BusinessCalendar(ZoneId.of("Asia/Shanghai"), 4), CLOCK);
        DashboardViewModel model = new DashboardViewModel(kpis, CNY, ui(new EventBus(e -> { })));
        model.refresh();
        assertTrue(model.errorProperty().get().contains("disk unplugged"), model.errorProperty().get());
        assertEquals(false, model.loadingProperty().get());
    }
}
