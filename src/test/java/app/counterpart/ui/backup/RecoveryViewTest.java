package app.counterpart.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.counterpart.core.backup.BackupCatalogue;
import app.counterpart.core.backup.BackupInfo;
import app.counterpart.core.event.EventBus;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The recovery screen headless: what happened, the backups newest first, Restore… ready, the folder. */
@ExtendWith(ApplicationExtension.class)
class RecoveryViewTest {

    private ExecutorService pool;

    private static final List<BackupInfo> BACKUPS = List.of(
            new BackupInfo("counterpart-2026-11-28-0915-daily.db", LocalDateTime.of(2026, 11, 28, 9, 15), "daily", 3_250_000),
            new BackupInfo("counterpart-2026-11-20-1830-before-v14.db", LocalDateTime.of(2026, 11, 20, 18, 30),
                    "before-v14", 3_100_000));

    @Start
    void start(Stage stage) {
        pool = Executors.newFixedThreadPool(1);
        BackupCatalogue catalogue = new BackupCatalogue() {
            @Override
            public String folder() {
                return "/data/shop/backups";
            }

            @Override
            public List<BackupInfo> list() {
                return BACKUPS;
            }

            @Override
            public BackupInfo backUpNow() {
                throw new UnsupportedOperationException("the recovery screen takes no backup");
            }

            @Override
            public void restore(BackupInfo backup) {
                throw new UnsupportedOperationException("not clicked in this test");
            }
        };
        UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        Theme.LIGHT.applyUserAgentStylesheet();
        Scene scene = new Scene(new RecoveryView(new BackupsViewModel(catalogue, ui, () -> { }),
                "The file counterpart.db is damaged: *** in database main *** Page 12: btreeInitPage() returns error code 11",
                "/data/shop", ui.i18n()), 1000, 700);
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
    void showsTheProblemTheBackupsAndTheFolder(FxRobot robot) throws Exception {
        TableView<BackupsViewModel.Row> table = robot.lookup("#backups-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2026-11-28 09:15", "2026-11-20 18:30"),
                table.getItems().stream().map(BackupsViewModel.Row::takenAt).toList());
        assertEquals("Before the upgrade to data version 14", table.getItems().get(1).reason());
        assertEquals("3.1 MB", table.getItems().get(0).size());
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "the newest is chosen");
        assertFalse(robot.lookup("#backups-restore").queryAs(Button.class).isDisabled());
        assertEquals("/data/shop", robot.lookup("#recovery-folder").queryAs(TextField.class).getText());
        assertEquals(true, robot.lookup("#recovery-problem").queryAs(Label.class).getText().contains("damaged"));
    }
}
