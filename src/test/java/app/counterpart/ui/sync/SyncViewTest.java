package app.counterpart.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.counterpart.core.event.EventBus;
import app.counterpart.sync.client.RejectedItem;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.sync.SyncViewModel.RejectedRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sync screen headless, its status read on a real background pool; "Sync now" from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class SyncViewTest {

    private final FakeSyncService sync = new FakeSyncService();
    private ExecutorService pool;

    @Start
    void start(Stage stage) {
        pool = Executors.newFixedThreadPool(2);
        Instant now = Instant.now();
        sync.status = FakeSyncService.enrolled(3, now.minus(Duration.ofMinutes(4)), null, 0, 1, null);
        sync.rejected = List.of(new RejectedItem("out", 41, "m1", "sale", "0193-sale", "clock_ahead", now));
        sync.afterSync = FakeSyncService.enrolled(0, now, null, 0, 1, null);
        Theme.LIGHT.applyUserAgentStylesheet();
        UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        Scene scene = new Scene(new SyncView(new SyncViewModel(sync, ui, ZoneId.of("Asia/Shanghai")), ui.i18n()),
                1000, 700);
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
    void f5SyncsNowAndTheScreenShowsTheOutcome(FxRobot robot) throws Exception {
        Label state = robot.lookup("#sync-state").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "3 changes waiting".equals(state.getText()));
        TableView<RejectedRow> rejected = robot.lookup("#sync-rejected").queryAs(TableView.class);
        assertEquals("Head office refused", rejected.getItems().get(0).direction());
        assertFalse(robot.lookup(".sync-enrol").queryAs(javafx.scene.Node.class).isVisible(),
                "no enrolment form on a connected device");

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Up to date".equals(state.getText()));
        assertEquals(1, sync.syncs.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#sync-now").queryAs(Button.class).isDisabled());
        assertEquals(1, rejected.getItems().size(), "a rejected item stays until it is dealt with");
    }
}
