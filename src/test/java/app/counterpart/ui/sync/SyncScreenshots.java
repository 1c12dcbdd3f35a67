package app.counterpart.ui.sync;

import app.counterpart.core.event.EventBus;
import app.counterpart.sync.client.RejectedItem;
import app.counterpart.sync.client.SyncStatus;
import app.counterpart.ui.common.FxTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Takes the Sync screen's screenshots of a device that has been offline a while with items head
 * office refused (not a test): the wording, the last error in full and the rejected table, in English
 * and Chinese. The app itself shows a real head office's state; this shows the states a demo shop
 * without one never reaches. Run with xvfb-run on the test class path; argument: the screenshots folder.
 */
public final class SyncScreenshots {

    private SyncScreenshots() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            show(stage, pool, I18n.ENGLISH);
            later(2500, () -> {
                shoot(out.resolve("sync-screen-offline-en.png"));
                show(stage, pool, I18n.CHINESE);
                later(2500, () -> {
                    shoot(out.resolve("sync-screen-offline-zh.png"));
                    pool.shutdownNow();
                    Platform.exit();
                });
            });
        });
    }

    private static void show(Stage stage, ExecutorService pool, Locale locale) {
        Instant now = Instant.now();
        FakeSyncService sync = new FakeSyncService();
        sync.status = new SyncStatus(true, "https://hq.camellia-crumb.cn", "Camellia & Crumb · Jing'an", "T1", 37,
                now.minus(Duration.ofMinutes(23)), now.minus(Duration.ofSeconds(40)),
                "Head office could not be reached: connect timed out after 10 s (https://hq.camellia-crumb.cn/v1/push)",
                5, 3, now.plus(Duration.ofMinutes(4)), false);
        sync.rejected = List.of(
                new RejectedItem("out", 4107, "0193a2", "sale", "01938f2c-7a51-7c3e-9e0a-5b1f2d3c4e5f",
                        "clock_ahead", now.minus(Duration.ofMinutes(31))),
                new RejectedItem("out", 4093, "0193a1", "product", "01938e11-0c2d-7f00-8a1b-2c3d4e5f6a7b",
                        "owned_by_head_office", now.minus(Duration.ofHours(5))),
                new RejectedItem("in", 88213, null, "customer", "01937d40-55aa-7b21-9c8d-7e6f5a4b3c2d",
                        "customer 01937d40: field 'nickname' is not known to this version of Counterpart; update this device to apply changes made on newer ones", now.minus(Duration.ofDays(2))));
        Theme.LIGHT.applyUserAgentStylesheet();
        UiContext ui = new UiContext(new FxTaskExecutor(pool), Platform::runLater, new EventBus(e -> { }),
                new I18n(locale), Theme.LIGHT, Clock.systemUTC());
        StackPane root = new StackPane(new SyncView(new SyncViewModel(sync, ui, ZoneId.of("Asia/Shanghai")), ui.i18n()));
        root.getStyleClass().addAll(ui.theme().styleClass(), "shell-content");
        root.setPadding(new Insets(0));
        Scene scene = new Scene(root, 1080, 800);
        scene.getStylesheets().add(SyncScreenshots.class.getResource("/app/counterpart/ui/counterpart.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static void shoot(Path file) {
        try {
            new ProcessBuilder("import", "-window", "root", "-crop", "1080x800+0+0", file.toString()).inheritIO()
                    .start().waitFor();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void later(long millis, Runnable r) {
        PauseTransition p = new PauseTransition(javafx.util.Duration.millis(millis));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
