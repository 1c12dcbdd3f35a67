package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.PinHasher;
import app.counterpart.core.staff.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An empty data folder: the welcome screen, then "Set up my shop" with the keyboard. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    @TempDir
    Path dataDir;

    @Start
    void start(Stage stage) {
        new DesktopApp(stage, new DesktopApp.Options(dataDir, false), Clock.systemUTC(), DesktopApp.backgroundPool())
                .show();
    }

    @Test
    void settingUpAShopOpensTheMainWindowAndStoresTheOwner(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#welcome-set-up").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#welcome-set-up");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#setup-name").write("Corner Tea");
        robot.clickOn("#setup-zone").eraseText(40).write("Asia/Shanghai");
        robot.clickOn("#setup-owner").write("Mei Lin");
        robot.clickOn("#setup-pin").write("4821");
        robot.clickOn("#setup-create");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".header-shop").tryQuery().isPresent());
        assertEquals("Corner Tea", robot.lookup(".header-shop").queryAs(Label.class).getText());
        robot.lookup("#tile-revenue-today").query();

        try (AppContext context = new AppContext(dataDir, Clock.systemUTC(), new EventBus(e -> { }))) {
            var owner = context.staff.staff().get(0);
            assertEquals(Role.OWNER, owner.role());
            assertTrue(PinHasher.matches("4821", owner.pinHash()));
        }
    }
}
