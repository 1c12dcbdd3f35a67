package app.counterpart.ui.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.core.sell.receipt.ReceiptSamples;
import app.counterpart.ui.common.I18n;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
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

/** Builds receipts on the headless platform, reads them back, and scans the barcode off the rendered pixels. */
@ExtendWith(ApplicationExtension.class)
class ReceiptNodeTest {

    /** Where a person can look at the rendered receipts after a build. */
    static final Path SHOTS = Path.of("target", "screenshots");

    @Start
    void start(Stage stage) {
        // The platform is all these tests need; the receipts are snapshotted, not shown.
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    /** The node sized and placed as a window would, without showing one. */
    static ReceiptNode laidOut(ReceiptNode n) {
        StackPane root = new StackPane(n);
        new Scene(root);
        root.applyCss();
        root.resize(root.prefWidth(-1), root.prefHeight(-1));
        root.layout();
        return n;
    }

    static Receipt receipt(Sale sale, I18n i18n) {
        return ReceiptSamples.receipt(sale, new I18nReceiptText(i18n));
    }

    @Test
    void aReceiptBuildsHeadlessWithItsNumberAndTotal() throws Exception {
        Receipt r = receipt(ReceiptSamples.richSale(), new I18n(I18n.ENGLISH));
        ReceiptNode node = onFx(() -> laidOut(new ReceiptNode(r, Paper.MM80)));
        assertEquals(r.saleNumber(), ((Text) node.lookup("#receipt-number")).getText());
        HBox total = (HBox) node.lookup("#receipt-total");
        assertEquals(r.amount(Receipt.Role.TOTAL).orElseThrow().text(), ((Text) total.getChildren().get(2)).getText());
        assertEquals("TOTAL", ((Text) total.getChildren().get(0)).getText());
        assertEquals(Paper.MM80.widthPx(), node.getWidth(), 1);
    }

    @Test
    void aRefundHeadingIsPrintedReversedOut() throws Exception {
        Sale refund = ReceiptSamples.first(s -> s.kind() == SaleKind.REFUND);
        Receipt r = receipt(refund, new I18n(I18n.CHINESE));
        Text title = onFx(() -> (Text) new ReceiptNode(r, Paper.MM80).lookup("#receipt-title"));
        assertEquals("退货单", title.getText());
        assertEquals(Color.WHITE, title.getFill());
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void theRenderedBarcodeScansAsTheSaleNumber(Paper paper) throws Exception {
        Receipt r = receipt(ReceiptSamples.richSale(), new I18n(I18n.ENGLISH));
        BufferedImage image = onFx(() -> {
            ReceiptNode n = new ReceiptNode(r, paper);
            new Scene(new StackPane(n));
            return toBuffered(n.snapshot(new SnapshotParameters(), null));
        });
        Bounds bars = onFx(() -> {
            ReceiptNode n = laidOut(new ReceiptNode(r, paper));
            Node b = n.lookup("#receipt-barcode");
            return n.sceneToLocal(b.localToScene(b.getLayoutBounds()));
        });
        assertEquals(r.saleNumber(), ScannedBarcode.read(image, bars));
    }

    @Test
    void englishAndChineseReceiptsRenderForAPersonToLookAt() throws Exception {
        Files.createDirectories(SHOTS);
        Sale sale = ReceiptSamples.richSale();
        Sale refund = ReceiptSamples.first(s -> s.kind() == SaleKind.REFUND);
        write(receipt(sale, new I18n(I18n.ENGLISH)), Paper.MM80, SHOTS.resolve("receipt-en.png"));
        write(receipt(sale, new I18n(I18n.CHINESE)), Paper.MM80, SHOTS.resolve("receipt-zh.png"));
        write(receipt(refund, new I18n(I18n.ENGLISH)), Paper.MM58, SHOTS.resolve("receipt-refund-58-en.png"));
        assertTrue(Files.size(SHOTS.resolve("receipt-zh.png")) > 10_000);
    }

    /** Paper on a grey desk, twice the screen size, so the image reads well in the docs. */
    static void write(Receipt r, Paper paper, Path file) throws Exception {
        BufferedImage image = onFx(() -> {
            StackPane desk = new StackPane(new ReceiptNode(r, paper));
            desk.setPadding(new Insets(16));
            desk.setBackground(new Background(new BackgroundFill(Color.web("#d9d9d9"), null, null)));
            new Scene(desk);
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(2, 2));
            return toBuffered(desk.snapshot(params, null));
        });
        ImageIO.write(image, "png", file.toFile());
    }

    static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        return out;
    }
}
