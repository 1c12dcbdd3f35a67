package app.counterpart.ui.customers.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.customers.segments.SegmentRecompute;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Role;
import app.counterpart.testing.DemoFixture;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.CustomersView;
import app.counterpart.ui.customers.CustomersViewModel;
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
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** From the customer list to a profile with the keyboard only, headless, on a real background pool. */
@ExtendWith(ApplicationExtension.class)
class ProfileFromListTest {

    @TempDir
    static Path dir;
    static DemoFixture store;
    private ExecutorService pool;

    @BeforeAll
    static void openDemoStore() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(LocalDate.now(Clock.systemUTC()).minusDays(1), 30);
        Shop shop = store.shops.shop().orElseThrow();
        new SegmentRecompute(store.segments, store.lifecycleRules, shop.calendar(), Clock.systemUTC(),
                new EventBus(e -> { })).recompute();
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
        Shop shop = store.shops.shop().orElseThrow();
        CustomersViewModel list = new CustomersViewModel(store.customers, store.segments, ui, Role.OWNER,
                shop.currency(), shop.calendar());
        CustomerProfiles profiles = new CustomerProfiles(() -> new ProfileViewModel(store.profiles, ui, Role.OWNER,
                shop.currency(), shop.calendar(), () -> null, list::load), ui.i18n())
                .addTab("customers.tab.list", id -> new Label("extra for " + id));
        CustomersView view = new CustomersView(list, ui.i18n());
        view.onOpen(row -> profiles.open(stage, row.id(), row.name()));
        Scene scene = new Scene(view, 1100, 650);
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
    void typingDownAndEnterOpenTheCustomersProfileAndEscapeClosesIt(FxRobot robot) throws Exception {
        TableView<CustomerRow> table = robot.lookup("#customers-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 500);
        assertTrue(table.getItems().stream().anyMatch(r -> !r.stage().equals("—")), "stages are listed");

        robot.write("xutao");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 2);
        Label name = robot.lookup("#profile-name").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "徐涛".equals(name.getText()));
        Stage profile = (Stage) name.getScene().getWindow();
        assertEquals("徐涛 · Customer profile", profile.getTitle());
        assertFalse(robot.lookup("#profile-figures").queryAs(javafx.scene.layout.TilePane.class).getChildren().isEmpty());
        TabPane tabs = robot.lookup(".tab-pane").match(n -> n.getScene().getWindow() == profile).queryAs(TabPane.class);
        assertEquals(3, tabs.getTabs().size(), "overview, purchases and the tab another feature added");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 1);
    }
}
