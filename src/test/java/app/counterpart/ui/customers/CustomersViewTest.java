package app.counterpart.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.testing.DemoFixture;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.CustomersViewModel.CustomerRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The customer list as a cashier meets it, headless: the store read and searched on a real background pool. */
@ExtendWith(ApplicationExtension.class)
class CustomersViewTest {

    @TempDir
    static Path dir;
    static DemoFixture store;
    private ExecutorService pool;

    @BeforeAll
    static void openDemoStore() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(LocalDate.of(2026, 11, 27), 1);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        pool = Executors.newFixedThreadPool(2);
        Theme.LIGHT.applyUserAgentStylesheet();
        UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        Scene scene = new Scene(new CustomersView(new CustomersViewModel(store.customers, store.segments, ui, Role.CASHIER,
                store.shops.shop().orElseThrow().currency(), store.shops.shop().orElseThrow().calendar()),
                ui.i18n()), 1000, 600);
        scene.getStylesheets().add(getClass().getResource("/app/counterpart/ui/counterpart.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingNarrowsTheListAndEscapeBringsEveryoneBack(FxRobot robot) throws Exception {
        TableView<CustomerRow> table = robot.lookup("#customers-table").queryAs(TableView.class);
        Label count = robot.lookup("#customers-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 500);
        assertEquals("500 of 500", count.getText());

        // The field has the focus as the screen opens: the cashier just types.
        robot.write("xutao");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals("徐涛", table.getItems().get(0).name());
        assertEquals("133****6532", table.getItems().get(0).phone());
        assertEquals("1 of 500", count.getText());
        assertTrue(robot.lookup("#customers-masked").queryAs(Label.class).isVisible());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 500);
        assertEquals("500 of 500", count.getText());
    }
}
