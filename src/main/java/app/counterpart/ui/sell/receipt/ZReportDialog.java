package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.CashMovement;
import app.counterpart.core.sell.ZReport;
import app.counterpart.core.sell.receipt.ZReportBuilder;
import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.UiContext;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Z report preview the sell screen opens when a shift closes and for a reprint: the report as it
 * will print, with Print, Save PDF… and Close, and the same keys as the receipt preview (Enter
 * closes, Ctrl+P prints). The shift is already closed and stored; nothing here touches the store.
 */
public final class ZReportDialog {

    private static final double MAX_VIEW_HEIGHT = 640;

    private final Stage stage = new Stage();
    private final ZReportDocument report;
    private final UiContext ui;
    private final ZReportPrinter printer;
    private final Label status = new Label();
    private final Button print;

    private ZReportDialog(Window owner, ZReportDocument report, UiContext ui, ZReportPrinter printer) {
        this.report = report;
        this.ui = ui;
        this.printer = printer;
        I18n i18n = ui.i18n();

        ZReportNode paper = new ZReportNode(report, Paper.MM80);
        paper.setEffect(new DropShadow(12, 0, 2, Color.rgb(0, 0, 0, 0.25)));
        StackPane desk = new StackPane(paper);
        desk.setPadding(new Insets(20, 24, 20, 24));
        desk.getStyleClass().add("receipt-desk");
        ScrollPane scroll = new ScrollPane(desk);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(Math.min(MAX_VIEW_HEIGHT, desk.prefHeight(-1)));
        scroll.setPrefViewportWidth(desk.prefWidth(-1));
        scroll.setFocusTraversable(false);

        print = new Button(i18n.text("receipt.print"), new FontIcon(Feather.PRINTER));
        print.setId("zreport-print");
        print.setOnAction(e -> print());
        Button pdf = new Button(i18n.text("receipt.savePdf"), new FontIcon(Feather.FILE));
        pdf.setId("zreport-pdf");
        pdf.setOnAction(e -> savePdf());
        Button close = new Button(i18n.text("receipt.close"));
        close.setId("zreport-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        status.setId("zreport-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(i18n.text("receipt.shortcuts"));
        hint.getStyleClass().add("page-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, hint, spacer, print, pdf, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(8, status, buttons);
        bottom.setPadding(new Insets(10, 14, 12, 14));

        BorderPane root = new BorderPane(scroll);
        root.setBottom(bottom);
        Scene scene = new Scene(root);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        if (owner != null && owner.getScene() != null) {
            // Same stylesheet and light/dark look as the window it belongs to.
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        root.getStyleClass().add(ui.theme().styleClass());
        stage.setScene(scene);
        stage.setTitle(i18n.format("zreport.window", report.reference()));
        stage.setResizable(true);
        stage.setOnShown(e -> close.requestFocus());
    }

    /**
     * The sell screen's way in, for a shift just closed or a reprint: builds the report in the till's
     * language and opens the preview with the system's default printer. Call on the FX thread, with the
     * movements and staff already loaded in the background; it reads nothing from the store.
     *
     * @param owner the window it belongs to (modal over it), or null
     * @param movements the shift's cash movements ({@code TillRepository.cashMovements(shiftId)})
     * @param device the till the shift ran on; if null, the device id stored with the shift is printed
     * @param staff the people who may have opened or closed the shift or moved cash; anyone missing is
     *     printed by id
     * @throws IllegalArgumentException if a movement belongs to another shift
     */
    public static Stage show(Window owner, ZReport report, List<CashMovement> movements, Shop shop, Device device,
            Collection<Staff> staff, UiContext ui) {
        ZReportDocument document = ZReportBuilder.of(shop, new I18nZReportText(ui.i18n()), staff)
                .build(report, device, movements);
        return show(owner, document, ui);
    }

    /** Opens the preview of a report already built, with the system's default printer; call on the FX thread. */
    public static Stage show(Window owner, ZReportDocument report, UiContext ui) {
        return show(owner, report, ui, new ZReportPrinter(ui.tasks()));
    }

    public static Stage show(Window owner, ZReportDocument report, UiContext ui, ZReportPrinter printer) {
        ZReportDialog dialog = new ZReportDialog(owner, report, ui, printer);
        dialog.stage.show();
        return dialog.stage;
    }

    private void print() {
        if (print.isDisabled()) {
            return;
        }
        print.setDisable(true);
        say(ui.i18n().text("receipt.print.looking"), false);
        printer.print(report, result -> {
            print.setDisable(false);
            say(result.message(ui.i18n()), !result.printed());
        });
    }

    /** A file name that sorts by till and time, safe on every file system. */
    static String fileName(ZReportDocument report) {
        return "zreport-" + report.reference().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    private void savePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(fileName(report));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            savePdf(file.toPath());
        }
    }

    private void savePdf(Path file) {
        ui.tasks().run(() -> {
            writeAtomically(file, ZReportPdf.render(report));
            return file;
        }, f -> say(ui.i18n().format("receipt.pdf.saved", f), false),
                e -> say(ui.i18n().format("receipt.pdf.failed", Errors.describe(e)), true));
    }

    /** A half-written file never takes the place of a good one: the PDF is written aside, then moved. */
    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.getStyleClass().removeAll("status-text", "error-banner");
        status.getStyleClass().add(problem ? "error-banner" : "status-text");
    }
}
