package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.PinHasher;
import app.counterpart.core.staff.Role;
import app.counterpart.sync.client.FakeHq;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.settings.SettingsViewModel;
import app.counterpart.ui.shell.Area;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An empty data folder: the first-run wizard, walked with mouse and keyboard, then the main window. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    @TempDir
    Path dataDir;

    @Start
    void start(Stage stage) {
        new DesktopApp(stage, new DesktopApp.Options(dataDir, false), Clock.systemUTC(), DesktopApp.backgroundPool())
                .show();
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWizardCreatesTheShopWithTheSampleCatalogAndOpensTheMainWindow(FxRobot robot) throws Exception {
        waitFor(robot, "#welcome-set-up");
        robot.clickOn("#welcome-set-up");
        waitFor(robot, "#setup-name");
        robot.clickOn("#wizard-next");
        assertEquals("Please enter the shop's name.", robot.lookup("#problem-name").queryAs(Label.class).getText());
        robot.clickOn("#setup-name").write("Corner Tea");
        robot.clickOn("#setup-zone").eraseText(40).write("Asia/Shanghai");
        robot.clickOn("#wizard-next");
        waitFor(robot, "#setup-owner");
        robot.clickOn("#setup-owner").write("Mei Lin");
        robot.clickOn("#setup-pin").write("4821");
        robot.clickOn("#setup-pin-again").write("4821");
        robot.clickOn("#wizard-next");
        waitFor(robot, "#wizard-hq-skip");
        robot.clickOn("#wizard-next");
        waitFor(robot, "#wizard-data-sample");
        robot.clickOn("#wizard-data-sample");
        robot.clickOn("#wizard-next");
        waitFor(robot, "#setup-create");
        robot.clickOn("#setup-create");

        waitFor(robot, ".header-shop");
        assertEquals("Corner Tea", robot.lookup(".header-shop").queryAs(Label.class).getText());
        robot.lookup("#tile-revenue-today").query();

        try (AppContext context = new AppContext(dataDir, Clock.systemUTC(), new EventBus(e -> { }))) {
            var owner = context.staff.staff().get(0);
            assertEquals(Role.OWNER, owner.role());
            assertTrue(PinHasher.matches("4821", owner.pinHash()));
            assertEquals("Asia/Shanghai", context.shops.shop().orElseThrow().zone().getId());
            assertEquals(Optional.of("en"), context.shops.setting(SettingsViewModel.LANGUAGE_KEY));
            int sampleRows = SampleDataFiles.load().get("products.csv").strip().split("\n").length - 1;
            assertEquals(sampleRows, context.catalog.products().size());
            assertEquals(1, context.staff.staff().size(), "the sample catalog brings no staff");
        }
    }

    @Test
    void chineseChosenOnTheFirstStepIsTheWizardsAndTheShellsLanguage(FxRobot robot) throws Exception {
        waitFor(robot, "#wizard-lang-zh");
        robot.clickOn("#wizard-lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("创建我的店铺", robot.lookup("#welcome-set-up").queryAs(Button.class).getText());
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#setup-name");
        robot.clickOn("#setup-name").write("Corner Tea");
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#setup-owner");
        robot.write("Mei Lin").type(KeyCode.TAB).write("4821").type(KeyCode.TAB).write("4812").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("两次输入的 PIN 不一致。", robot.lookup("#problem-pinAgain").queryAs(Label.class).getText());
        robot.eraseText(4).write("4821").type(KeyCode.ENTER);
        waitFor(robot, "#wizard-hq-skip");
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#wizard-data-empty");
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#setup-create");
        robot.type(KeyCode.ENTER);

        waitFor(robot, ".header-shop");
        assertTrue(robot.lookup("#tile-revenue-today").tryQuery().isPresent());
        String dashboard = new I18n(I18n.CHINESE).text(Area.DASHBOARD.textKey());
        assertTrue(robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.getText().equals(dashboard)), "the shell opens in Chinese");
        try (AppContext context = new AppContext(dataDir, Clock.systemUTC(), new EventBus(e -> { }))) {
            assertEquals(Optional.of("zh-CN"), context.shops.setting(SettingsViewModel.LANGUAGE_KEY));
            assertEquals(0, context.catalog.products().size());
        }
    }

    @Test
    void aRefusedEnrolmentKeepsTheShopAndARetryWithTheRightCodeConnects(FxRobot robot) throws Exception {
        try (FakeHq hq = new FakeHq().code("CODE-1")) {
            waitFor(robot, "#welcome-set-up");
            robot.clickOn("#welcome-set-up");
            waitFor(robot, "#setup-name");
            robot.clickOn("#setup-name").write("Corner Tea");
            robot.clickOn("#setup-zone").eraseText(40).write("Asia/Shanghai");
            robot.clickOn("#wizard-next");
            waitFor(robot, "#setup-owner");
            robot.clickOn("#setup-owner").write("Mei Lin");
            robot.clickOn("#setup-pin").write("4821");
            robot.clickOn("#setup-pin-again").write("4821");
            robot.clickOn("#wizard-next");
            waitFor(robot, "#wizard-hq-connect");
            robot.clickOn("#wizard-hq-connect");
            robot.clickOn("#wizard-hq-url").write(hq.url().toString());
            robot.clickOn("#wizard-hq-code").write("WRONG");
            robot.clickOn("#wizard-next");
            waitFor(robot, "#wizard-data-empty");
            robot.clickOn("#wizard-next");
            waitFor(robot, "#setup-create");
            robot.clickOn("#setup-create");

            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> robot.lookup("#welcome-error").query().isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            String error = robot.lookup("#welcome-error").queryAs(Label.class).getText();
            assertTrue(error.startsWith("Your shop is created, but connecting to head office did not work"), error);
            assertTrue(robot.lookup("#wizard-enrol-later").query().getParent().isVisible(), "retry or finish later");

            robot.clickOn("#wizard-back");
            waitFor(robot, "#wizard-hq-code");
            robot.doubleClickOn("#wizard-hq-code").eraseText(5).write("CODE-1");
            robot.clickOn("#wizard-next");
            waitFor(robot, "#setup-create");
            robot.clickOn("#setup-create");

            waitFor(robot, ".header-shop");
            assertEquals("Corner Tea", robot.lookup(".header-shop").queryAs(Label.class).getText());
        }
        try (AppContext context = new AppContext(dataDir, Clock.systemUTC(), new EventBus(e -> { }))) {
            assertTrue(context.sync.status().enrolled());
            assertEquals(1, context.staff.staff().size(), "the shop was created once");
        }
    }
}
