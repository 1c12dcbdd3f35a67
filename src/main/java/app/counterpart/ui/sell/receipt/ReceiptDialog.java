package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.ui.common.UiContext;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The receipt preview the sell screen opens after a sale and for a reprint: the receipt as it will
 * print, with Print, Save PDF… and Close. Enter closes it, so the cashier goes straight on to the next
 * customer; Ctrl+P prints.
 */
public final class ReceiptDialog {

    private static final double MAX_VIEW_HEIGHT = 620;

    private ReceiptDialog() {
    }

    /**
     * Opens the preview with the system's default printer; call on the FX thread.
     *
     * @param owner the window it belongs to (modal over it), or null
     */
    public static Stage show(Window owner, Receipt receipt, UiContext ui) {
        return show(owner, receipt, ui, new ReceiptPrinter(ui.tasks()));
    }

    public static Stage show(Window owner, Receipt receipt, UiContext ui, ReceiptPrinter printer) {
        return SlipPreview.show(owner, new SlipPreview.Slip(new ReceiptNode(receipt, Paper.MM80),
                ui.i18n().format("receipt.window", receipt.saleNumber()), "receipt", MAX_VIEW_HEIGHT,
                done -> printer.print(receipt, done), () -> ReceiptPdf.render(receipt),
                "receipt-" + receipt.saleNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf"), ui);
    }
}
