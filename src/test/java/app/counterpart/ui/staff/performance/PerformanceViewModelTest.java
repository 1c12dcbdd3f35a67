package app.counterpart.ui.staff.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.performance.Figure;
import app.counterpart.core.staff.performance.PerformancePeriod.Preset;
import app.counterpart.store.staff.JooqPerformanceRepository;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.staff.performance.PerformanceViewModel.Cell;
import app.counterpart.ui.staff.performance.PerformanceViewModel.Trend;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People side by side; a figure that cannot be computed reads "—" with a reason, never 0. */
class PerformanceViewModelTest {

    @TempDir
    Path dir;
    DemoFixture store;
    PerformanceViewModel model;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 3);
        var shop = store.shops.shop().orElseThrow();
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { throw e; }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, clock);
        model = new PerformanceViewModel(new JooqPerformanceRepository(store.db, shop.calendar()), store.staff::staff,
                () -> LocalDate.of(2026, 11, 26), shop.currency(), ui);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPeriodWithoutSalesShowsDashesWithAReasonNotZeros() {
        model.presetProperty().set(Preset.CUSTOM);
        model.customFromProperty().set(LocalDate.of(2030, 1, 1));
        model.customToProperty().set(LocalDate.of(2030, 1, 7));
        model.load();

        assertThat(model.rows()).hasSize(store.staff.staff().size());
        Cell average = model.rows().get(0).cell(Figure.AVERAGE_TICKET);
        assertThat(average.value()).isEqualTo("—");
        assertThat(average.tooltip()).isEqualTo("No sales in this period: there is no average ticket.");
        assertThat(model.rows().get(0).cell(Figure.RETURNING_RATE).value()).isEqualTo("—");
        assertThat(model.rows().get(0).cell(Figure.ITEMS_PER_SALE).value()).isEqualTo("—");
        Cell sales = model.rows().get(0).cell(Figure.SALES_COUNT);
        assertThat(sales.value()).isEqualTo("0");
        assertThat(sales.change()).isEmpty();
        assertThat(sales.trend()).isEqualTo(Trend.NONE);
    }

    @Test
    void aDayWithSalesShowsFiguresAndTheirChangeAgainstTheDayBefore() {
        model.presetProperty().set(Preset.TODAY);
        model.load();

        assertThat(model.periodLabelProperty().get()).contains("Nov 26, 2026").contains("compared with")
                .contains("Nov 25, 2026");
        var seller = model.rows().stream().filter(r -> !r.cell(Figure.SALES_COUNT).value().equals("0")).findFirst()
                .orElseThrow();
        assertThat(seller.cell(Figure.AVERAGE_TICKET).value()).isNotEqualTo("—");
        assertThat(seller.cell(Figure.NET_SALES).change()).matches("[▲▼＝] \\d+ %");
    }
}
