package app.counterpart.ui.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.sell.receipt.ZReportDocument.Role;
import app.counterpart.core.sell.receipt.ZReportSamples;
import app.counterpart.ui.common.I18n;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Builds Z reports on the headless platform and reads their key rows back; leaves images to look at. */
@ExtendWith(ApplicationExtension.class)
class ZReportNodeTest {

    @Start
    void start(Stage stage) {
        // The platform is all these tests need; the reports are snapshotted, not shown.
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    static ZReportDocument document(I18n i18n) {
        return ZReportSamples.document(new I18nZReportText(i18n));
    }

    static ZReportNode laidOut(ZReportNode n) {
        StackPane root = new StackPane(n);
        new Scene(root);
        root.applyCss();
        root.resize(root.prefWidth(-1), root.prefHeight(-1));
        root.layout();
        return n;
    }

    private static List<String> texts(Node row) {
        return ((HBox) row).getChildren().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .toList();
    }

    @Test
    void aShortDrawerBuildsHeadlessWithItsFiguresAndTheDifferenceReversedOut() throws Exception {
        ZReportDocument d = document(new I18n(I18n.ENGLISH));
        ZReportNode node = onFx(() -> laidOut(new ZReportNode(d, Paper.MM80)));
        assertEquals("Z REPORT", ((Text) node.lookup("#zreport-title")).getText());
        assertEquals(List.of("Expected in drawer", d.row(Role.EXPECTED).orElseThrow().text()),
                texts(node.lookup("#zreport-expected")));
        assertEquals(List.of("Counted", d.row(Role.COUNTED).orElseThrow().text()),
                texts(node.lookup("#zreport-counted")));
        HBox difference = (HBox) node.lookup("#zreport-difference");
        assertEquals(List.of("Difference (SHORT)", "-¥12.50"), texts(difference));
        assertEquals(List.of("Coins for change from the bank · Zhou Xiaoyu", "Bank drop · Chen Hao",
                "Milk for the tea bar · Zhou Xiaoyu"), node.lookupAll(".zreport-reason").stream()
                .flatMap(n -> texts(n).stream()).toList());
        assertEquals(Color.WHITE, ((Text) difference.getChildren().get(0)).getFill());
        assertNotNull(difference.getBackground(), "over or short is printed white on black");
        assertEquals(d.movements().size(), node.lookupAll(".zreport-movement").size());
        assertEquals(Paper.MM80.widthPx(), node.getWidth(), 1);
        // Every row fits the paper: nothing hangs over the printable width (a rule's line caps may, by a pixel).
        double printable = Paper.MM80.printablePx();
        for (Node child : node.getChildren()) {
            assertTrue(child.getBoundsInParent().getWidth() <= printable + 2, child.toString());
        }
    }

    @Test
    void aBalancedDrawerIsNotReversedOut() throws Exception {
        ZReportDocument d = ZReportSamples.document(ZReportSamples.report(0), new I18nZReportText(new I18n(I18n.CHINESE)));
        ZReportNode node = onFx(() -> laidOut(new ZReportNode(d, Paper.MM58)));
        HBox difference = (HBox) node.lookup("#zreport-difference");
        assertEquals(List.of("差额（账实相符）", "¥0.00"), texts(difference));
        assertEquals(Color.BLACK, ((Text) difference.getChildren().get(0)).getFill());
        assertNull(difference.getBackground());
        assertEquals("交班报表（Z）", ((Text) node.lookup("#zreport-title")).getText());
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void bothPapersLayOutWithinTheirWidth(Paper paper) throws Exception {
        ZReportDocument d = document(new I18n(I18n.CHINESE));
        ZReportNode node = onFx(() -> laidOut(new ZReportNode(d, paper)));
        for (Node child : node.getChildren()) {
            assertTrue(child.getBoundsInParent().getMaxX() <= paper.widthPx() + 1, child.toString());
        }
        assertFalse(node.getChildren().isEmpty());
    }

    @Test
    void englishAndChineseReportsRenderForAPersonToLookAt() throws Exception {
        Path shots = ReceiptNodeTest.SHOTS;
        Files.createDirectories(shots);
        write(document(new I18n(I18n.ENGLISH)), Paper.MM80, shots.resolve("zreport-en.png"));
        write(document(new I18n(I18n.CHINESE)), Paper.MM80, shots.resolve("zreport-zh.png"));
        write(ZReportSamples.document(ZReportSamples.report(2_000), new I18nZReportText(new I18n(I18n.ENGLISH))),
                Paper.MM58, shots.resolve("zreport-over-58-en.png"));
        assertTrue(Files.size(shots.resolve("zreport-zh.png")) > 10_000);
    }

    /** Paper on a grey desk, twice the screen size, so the image reads well in the docs. */
    static void write(ZReportDocument d, Paper paper, Path file) throws Exception {
        BufferedImage image = onFx(() -> {
            StackPane desk = new StackPane(new ZReportNode(d, paper));
            desk.setPadding(new Insets(16));
            desk.setBackground(new Background(new BackgroundFill(Color.web("#d9d9d9"), null, null)));
            new Scene(desk);
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(2, 2));
            return ReceiptNodeTest.toBuffered(desk.snapshot(params, null));
        });
        ImageIO.write(image, "png", file.toFile());
    }
}
