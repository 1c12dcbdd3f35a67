package app.counterpart.ui.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.core.sell.receipt.ReceiptSamples;
import app.counterpart.core.sell.receipt.ZReportSamples;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.time.Clock;
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

/** The Z report preview as the sell screen opens it: Ctrl+P prints (here: no printer), Enter closes. */
@ExtendWith(ApplicationExtension.class)
class ZReportDialogTest {

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
    void theEntryPointShowsTheReportCtrlPPrintsAndEnterCloses(FxRobot robot) throws Exception {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> ZReportDialog.show(owner, ZReportSamples.report(),
                ZReportSamples.movements(), ReceiptSamples.demo().shop(), ZReportSamples.TILL, ZReportSamples.staff(),
                ui)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.getTitle().startsWith("Shift report T1 2026-11-27 "), dialog.getTitle());
        assertTrue(robot.lookup("#zreport").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(dialog::close).get(30, TimeUnit.SECONDS);
    }

    @Test
    void ctrlPWithoutAPrinterSaysSoAndEnterCloses(FxRobot robot) throws Exception {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        var document = ZReportNodeTest.document(ui.i18n());
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> ZReportDialog.show(owner, document, ui,
                new ZReportPrinter(ui.tasks(), java.util.Optional::empty))).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#zreport-status").queryAs(Label.class);
        assertEquals(ui.i18n().text("zreport.print.noPrinter"), status.getText());
        assertFalse(status.getText().contains("sale"), "the receipt's wording would speak of a sale");
        assertTrue(status.getStyleClass().contains("error-banner"));
        assertTrue(dialog.isShowing(), "a missing printer leaves the preview open for Save PDF");
        java.nio.file.Files.createDirectories(ReceiptNodeTest.SHOTS);
        javax.imageio.ImageIO.write(WaitForAsyncUtils.asyncFx(() -> ReceiptNodeTest.toBuffered(
                dialog.getScene().snapshot(null))).get(30, TimeUnit.SECONDS), "png",
                ReceiptNodeTest.SHOTS.resolve("zreport-dialog-en.png").toFile());

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertFalse(dialog.isShowing());
    }

    @Test
    void theSuggestedFileNameIsSafe() {
        var document = ZReportNodeTest.document(new I18n(I18n.CHINESE));
        String name = ZReportDialog.fileName(document);
        assertTrue(name.matches("zreport-T1_2026-11-27_\\d\\d_\\d\\d\\.pdf"), name);
    }
}
