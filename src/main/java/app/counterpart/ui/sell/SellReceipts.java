package app.counterpart.ui.sell;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sell.CashMovement;
import app.counterpart.core.sell.Till;
import app.counterpart.core.sell.ZReport;
import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.core.sell.receipt.ReceiptBuilder;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.sell.receipt.I18nReceiptText;
import app.counterpart.ui.sell.receipt.ReceiptDialog;
import app.counterpart.ui.sell.receipt.ZReportDialog;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The till's receipts and Z reports: what they need (names, the customer, the original sale) is read in
 * the background, then the preview opens on the FX thread.
 */
public final class SellReceipts implements SellDialogs.Receipts {

    private final Till till;
    private final Supplier<List<Product>> products;
    private final Supplier<List<Staff>> staff;
    private final UiContext ui;
    private final Consumer<String> problems;

    public SellReceipts(Till till, Supplier<List<Product>> products, Supplier<List<Staff>> staff, UiContext ui,
            Consumer<String> problems) {
        this.till = till;
        this.products = products;
        this.staff = staff;
        this.ui = ui;
        this.problems = problems;
    }

    @Override
    public void showReceipt(Sale sale, Window owner) {
        ui.tasks().run(() -> receipt(sale), r -> ReceiptDialog.show(owner, r, ui),
                e -> problems.accept(Errors.describe(e)));
    }

    /** Builds the receipt as printed: names in the screen's language, the original sale's number for a refund. */
    Receipt receipt(Sale sale) {
        ReceiptBuilder builder = ReceiptBuilder.of(till.shop(), new I18nReceiptText(ui.i18n()), products.get(),
                staff.get());
        String original = sale.originalSaleId() == null ? null
                : till.findSale(sale.originalSaleId()).map(Sale::number).orElse(null);
        return builder.build(sale, till.customer(sale.customerId()).orElse(null), original);
    }

    private record ZReportParts(List<CashMovement> movements, List<Staff> staff) {
    }

    @Override
    public void showZReport(ZReport report, Window owner) {
        ui.tasks().run(() -> new ZReportParts(till.cashMovements(report.shift().id()), staff.get()),
                parts -> ZReportDialog.show(owner, report, parts.movements(), till.shop(), till.device(), parts.staff(),
                        ui),
                e -> problems.accept(Errors.describe(e)));
    }
}
