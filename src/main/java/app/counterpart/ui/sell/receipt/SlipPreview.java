package app.counterpart.ui.sell.receipt;

import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.UiContext;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
 * The preview window of a till slip (a receipt, a Z report): the slip as it will print, with Print,
 * Save PDF… and Close. Enter closes it, so the cashier goes straight on; Ctrl+P prints. The slips differ
 * only in what they show, how they print and how their PDF is made.
 */
final class SlipPreview {

    /** What one kind of slip brings to the window. */
    record Slip(Node paper, String title, String idPrefix, double maxViewHeight,
            Consumer<Consumer<ReceiptPrinter.Result>> print, Callable<byte[]> pdf, String pdfFileName) {
    }

    private final Stage stage = new Stage();
    private final Slip slip;
    private final UiContext ui;
    private final Label status = new Label();
    private final Button print;

    private SlipPreview(Window owner, Slip slip, UiContext ui) {
        this.slip = slip;
        this.ui = ui;
        I18n i18n = ui.i18n();

        Node paper = slip.paper();
        paper.setEffect(new DropShadow(12, 0, 2, Color.rgb(0, 0, 0, 0.25)));
        StackPane desk = new StackPane(paper);
        desk.setPadding(new Insets(20, 24, 20, 24));
        desk.getStyleClass().add("receipt-desk");
        ScrollPane scroll = new ScrollPane(desk);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(Math.min(slip.maxViewHeight(), desk.prefHeight(-1)));
        scroll.setPrefViewportWidth(desk.prefWidth(-1));
        scroll.setFocusTraversable(false);

        print = new Button(i18n.text("receipt.print"), new FontIcon(Feather.PRINTER));
        print.setId(slip.idPrefix() + "-print");
        print.setOnAction(e -> print());
        Button pdf = new Button(i18n.text("receipt.savePdf"), new FontIcon(Feather.FILE));
        pdf.setId(slip.idPrefix() + "-pdf");
        pdf.setOnAction(e -> savePdf());
        Button close = new Button(i18n.text("receipt.close"));
        close.setId(slip.idPrefix() + "-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        status.setId(slip.idPrefix() + "-status");
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
        stage.setTitle(slip.title());
        stage.setResizable(true);
        stage.setOnShown(e -> close.requestFocus());
    }

    /** Opens the window; call on the FX thread. */
    static Stage show(Window owner, Slip slip, UiContext ui) {
        SlipPreview preview = new SlipPreview(owner, slip, ui);
        preview.stage.show();
        return preview.stage;
    }

    private void print() {
        if (print.isDisabled()) {
            return;
        }
        print.setDisable(true);
        say(ui.i18n().text("receipt.print.looking"), false);
        slip.print().accept(result -> {
            print.setDisable(false);
            say(result.message(ui.i18n()), !result.printed());
        });
    }

    private void savePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(slip.pdfFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            savePdf(file.toPath());
        }
    }

    private void savePdf(Path file) {
        ui.tasks().run(() -> {
            writeAtomically(file, slip.pdf().call());
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
