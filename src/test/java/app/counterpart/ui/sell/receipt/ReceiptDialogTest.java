package app.counterpart.ui.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.core.sell.receipt.ReceiptSamples;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview as the cashier meets it: Ctrl+P prints (here: says there is no printer), Enter closes. */
@ExtendWith(ApplicationExtension.class)
class ReceiptDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        Theme.LIGHT.applyUserAgentStylesheet();
        Scene scene = new Scene(new StackPane(), 400, 300);
        scene.getStylesheets().add(getClass().getResource("/app/counterpart/ui/counterpart.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void ctrlPPrintsAndEnterCloses(FxRobot robot) throws Exception {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        Receipt receipt = ReceiptNodeTest.receipt(ReceiptSamples.richSale(), ui.i18n());
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> ReceiptDialog.show(owner, receipt, ui,
                new ReceiptPrinter(ui.tasks(), Optional::empty))).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Receipt " + receipt.saleNumber(), dialog.getTitle());
        assertTrue(robot.lookup("#receipt").tryQuery().isPresent());

        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#receipt-status").queryAs(Label.class);
        assertEquals(ReceiptPrinter.Result.noPrinter().message(ui.i18n()), status.getText());
        assertTrue(status.getStyleClass().contains("error-banner"));
        assertTrue(dialog.isShowing(), "a missing printer leaves the preview open for Save PDF");
        java.nio.file.Files.createDirectories(ReceiptNodeTest.SHOTS);
        javax.imageio.ImageIO.write(WaitForAsyncUtils.asyncFx(() -> ReceiptNodeTest.toBuffered(
                dialog.getScene().snapshot(null))).get(30, TimeUnit.SECONDS), "png",
                ReceiptNodeTest.SHOTS.resolve("receipt-dialog-en.png").toFile());

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertFalse(dialog.isShowing());
    }
}
