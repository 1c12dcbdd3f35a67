package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.receipt.ReceiptText;
import app.counterpart.ui.common.I18n;
import java.util.Locale;

/** A receipt's words from the UI's resource bundles, in the language the till is set to. */
public final class I18nReceiptText implements ReceiptText {

    private final I18n i18n;

    public I18nReceiptText(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Locale locale() {
        return i18n.locale();
    }

    @Override
    public String title(SaleKind kind) {
        return i18n.text("receipt.title." + kind.code());
    }

    @Override
    public String saleNumber() {
        return i18n.text("receipt.number");
    }

    @Override
    public String originalSale() {
        return i18n.text("receipt.original");
    }

    @Override
    public String dateTime() {
        return i18n.text("receipt.time");
    }

    @Override
    public String cashier() {
        return i18n.text("receipt.cashier");
    }

    @Override
    public String servedBy() {
        return i18n.text("receipt.servedBy");
    }

    @Override
    public String customer() {
        return i18n.text("receipt.customer");
    }

    @Override
    public String unknownItem() {
        return i18n.text("receipt.unknownItem");
    }

    @Override
    public String lineDiscount() {
        return i18n.text("receipt.lineDiscount");
    }

    @Override
    public String subtotal() {
        return i18n.text("receipt.subtotal");
    }

    @Override
    public String discounts() {
        return i18n.text("receipt.discounts");
    }

    @Override
    public String cartDiscount() {
        return i18n.text("receipt.cartDiscount");
    }

    @Override
    public String tax() {
        return i18n.text("receipt.tax");
    }

    @Override
    public String taxIncluded() {
        return i18n.text("receipt.taxIncluded");
    }

    @Override
    public String total(SaleKind kind) {
        return i18n.text("receipt.total." + kind.code());
    }

    @Override
    public String tender(Tender tender) {
        return i18n.text("tender." + tender.code());
    }

    @Override
    public String tendered() {
        return i18n.text("receipt.tendered");
    }

    @Override
    public String change() {
        return i18n.text("receipt.change");
    }

    @Override
    public String thanks(SaleKind kind) {
        return i18n.text(kind == SaleKind.SALE ? "receipt.thanks" : "receipt.thanks.reversal");
    }
}
