package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.kpi.DayFigures;
import app.counterpart.core.kpi.KpiService;
import app.counterpart.testing.DemoFixture;
import eu.hansolo.tilesfx.Tile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window, headless, on a demo store and reads what the owner would see. */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {

    /** 14:30 in Shanghai on a Friday: the demo's "today" is half over. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:30:00Z"), ZoneOffset.UTC);
    private static Path dataDir;
    private static DayFigures expectedToday;
    private ExecutorService pool;

    @BeforeAll
    static void buildDemoStore() throws Exception {
        dataDir = Files.createTempDirectory("counterpart-ui");
        try (AppContext context = new AppContext(dataDir, CLOCK, new app.counterpart.core.event.EventBus(e -> { }))) {
            context.installDemo(null, 21, 1, DemoFixture.SEED, p -> { });
            var shop = context.shops.shop().orElseThrow();
            expectedToday = new KpiService(context.kpis, shop.calendar(), CLOCK).todaySummary().today();
            // The tile must show what the raw rows say too, not only what the rollup says.
            LocalDate day = expectedToday.day();
            assertEquals(context.kpis.daysFromRawRows(day, day).get(0), expectedToday);
        }
        assertTrue(expectedToday.revenueMinor() > 0, "the demo's today should have sales by 14:30");
    }

    @AfterAll
    static void removeStore() throws Exception {
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Start
    void start(Stage stage) {
        pool = DesktopApp.backgroundPool();
        new DesktopApp(stage, new DesktopApp.Options(dataDir, false), CLOCK, pool).show();
    }

    @Test
    void shellOpensOnTheDashboardWithTodaysRevenueFromTheStore(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#tile-revenue-today").tryQuery().isPresent());
        Tile revenue = robot.lookup("#tile-revenue-today").queryAs(Tile.class);
        Tile sales = robot.lookup("#tile-sales-today").queryAs(Tile.class);
        // The tiles are filled one after the other on the FX thread; wait for both before comparing.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> revenue.getValue() > 0 && sales.getValue() > 0);

        assertEquals(expectedToday.revenueMinor() / 100.0, revenue.getValue(), 0.001);
        assertEquals(expectedToday.sales(), (int) sales.getValue());
        assertTrue(robot.lookup(".header-shop").queryAs(Label.class).getText().contains("Camellia"));
    }

    @Test
    void navigationOpensTheCatalogWithTheDemoProducts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-revenue-today").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ToggleButton catalog = robot.lookup("#nav-catalog").queryAs(javafx.scene.control.ToggleButton.class);
        robot.interact(catalog::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#catalog-table").tryQuery().isPresent()
                && robot.lookup("#catalog-table").queryTableView().getItems().size() == 150);
        assertEquals(150, robot.lookup("#catalog-table").queryTableView().getItems().size());
    }

    @Test
    void everyScreenOpensWithoutAStoreCallOnTheFxThread(FxRobot robot) throws Exception {
        java.util.List<java.util.logging.LogRecord> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (DesktopApp.STORE_ON_FX_THREAD.equals(r.getMessage())) {
                    calls.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("app.counterpart.desktop");
        log.addHandler(handler);
        try {
            waitUntil(() -> robot.lookup("#tile-revenue-today").tryQuery().isPresent());
            for (app.counterpart.ui.shell.Area area : app.counterpart.ui.shell.Area.values()) {
                String id = "#nav-" + area.name().toLowerCase(java.util.Locale.ROOT);
                robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.ToggleButton.class).fire());
                WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
        } finally {
            log.removeHandler(handler);
        }
        assertTrue(calls.isEmpty(), () -> calls.size() + " store calls on the FX thread, the first from "
                + java.util.Arrays.toString(calls.get(0).getThrown().getStackTrace()));
    }

    /** The first customer's phone as the list shows it. */
    private static String firstPhone(FxRobot robot) {
        var table = robot.lookup("#customers-table").queryTableView();
        return ((app.counterpart.ui.customers.CustomersViewModel.CustomerRow) table.getItems().get(0)).phone();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void nobodySignedInSeesMaskedPhonesUntilTheOwnerSignsInAtTheHeaderAndTheTillsSignInCountsToo(FxRobot robot)
            throws Exception {
        waitUntil(() -> robot.lookup("#nav-customers").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#nav-customers").queryAs(javafx.scene.control.ToggleButton.class).fire());
        waitUntil(() -> robot.lookup("#customers-table").tryQuery().isPresent()
                && !robot.lookup("#customers-table").queryTableView().getItems().isEmpty());
        Label masked = robot.lookup("#customers-masked").queryAs(Label.class);
        assertTrue(masked.isVisible());
        assertEquals("Phone numbers are partly hidden. Sign in to see full numbers.", masked.getText());
        assertTrue(firstPhone(robot).contains("****"), firstPhone(robot));

        // The owner signs in at the header (the first person in the list), from the customers screen.
        robot.clickOn("#session-button");
        waitUntil(() -> robot.lookup("#session-pin").tryQuery().isPresent());
        robot.clickOn("#session-pin").write("1234").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> !firstPhone(robot).contains("****"));
        assertTrue(robot.lookup("#session-button").queryButton().getText().startsWith("Lin Yue"));
        assertTrue(!masked.isVisible());

        // A cashier signs in at the till with F2 (two down from the owner): the window is theirs now.
        robot.interact(() -> robot.lookup("#nav-sell").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        robot.type(javafx.scene.input.KeyCode.F2);
        waitUntil(() -> robot.lookup("#pin-field").tryQuery().isPresent());
        robot.clickOn("#pin-field").type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.DOWN)
                .write("3481").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#session-button").queryButton().getText().startsWith("Zhou Xiaoyu"));
        robot.interact(() -> robot.lookup("#nav-customers").queryAs(javafx.scene.control.ToggleButton.class).fire());
        waitUntil(() -> firstPhone(robot).contains("****"));
        assertEquals("Phone numbers are partly hidden for your role.", masked.getText());
    }
}
