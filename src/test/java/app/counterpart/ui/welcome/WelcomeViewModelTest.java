package app.counterpart.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.shop.NewShop;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {

    private final List<NewShop> created = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();
    private boolean ready;
    private RuntimeException failure;
    private WelcomeViewModel model;

    @BeforeEach
    void setUp() {
        FirstRun firstRun = new FirstRun() {
            @Override
            public void openDemo(DoubleConsumer report) {
                if (failure != null) {
                    throw failure;
                }
                report.accept(0.5);
                report.accept(1.0);
            }

            @Override
            public void createShop(NewShop shop) {
                created.add(shop);
            }
        };
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        model = new WelcomeViewModel(firstRun, ui, () -> ready = true);
        model.progressProperty().addListener((obs, old, p) -> progress.add(p.doubleValue()));
    }

    private void fillValidForm() {
        model.shopNameProperty().set("Corner Tea");
        model.currencyProperty().set("CNY");
        model.zoneProperty().set("Asia/Shanghai");
        model.ownerNameProperty().set("Mei");
        model.ownerPinProperty().set("4821");
    }

    @Test
    void aValidFormCreatesTheShopAndOpensIt() {
        fillValidForm();
        model.createShop();
        assertEquals(1, created.size());
        assertEquals("Corner Tea", created.get(0).name());
        assertTrue(ready);
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aShortPinIsExplainedAndNothingIsCreated() {
        fillValidForm();
        model.ownerPinProperty().set("12");
        model.createShop();
        assertTrue(created.isEmpty());
        assertFalse(ready);
        assertEquals("The PIN must be 4 to 8 digits.", model.errorProperty().get());
    }

    @Test
    void theDemoReportsProgressThenOpens() {
        model.openDemo();
        assertEquals(List.of(0.0, 0.5, 1.0), progress);
        assertTrue(ready);
    }

    @Test
    void aFailedDemoSaysWhyAndStaysOnTheWelcomeScreen() {
        failure = new IllegalStateException("The disk is full: nothing was saved.");
        model.openDemo();
        assertFalse(ready);
        assertTrue(model.errorProperty().get().contains("disk is full"), model.errorProperty().get());
        assertFalse(model.busyProperty().get());
        assertNull(created.isEmpty() ? null : created.get(0));
    }
}
