package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.CashMovement;
import app.counterpart.core.sell.ZReport;
import app.counterpart.core.sell.receipt.ZReportBuilder;
import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.UiContext;
import java.util.Collection;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Z report preview the sell screen opens when a shift closes and for a reprint: the report as it
 * will print, with Print, Save PDF… and Close, and the same keys as the receipt preview (Enter
 * closes, Ctrl+P prints). The shift is already closed and stored; nothing here touches the store.
 */
public final class ZReportDialog {

    private static final double MAX_VIEW_HEIGHT = 640;

    private ZReportDialog() {
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
        return SlipPreview.show(owner, new SlipPreview.Slip(new ZReportNode(report, Paper.MM80),
                ui.i18n().format("zreport.window", report.reference()), "zreport", MAX_VIEW_HEIGHT,
                done -> printer.print(report, done), () -> ZReportPdf.render(report), fileName(report)), ui);
    }

    /** A file name that sorts by till and time, safe on every file system. */
    static String fileName(ZReportDocument report) {
        return "zreport-" + report.reference().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }
}
