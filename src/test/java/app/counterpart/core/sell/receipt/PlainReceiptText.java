package app.counterpart.core.sell.receipt;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import java.util.Locale;

/** Fixed words for tests in core, where there are no resource bundles. */
record PlainReceiptText(Locale locale) implements ReceiptText {

    static final PlainReceiptText ENGLISH = new PlainReceiptText(Locale.ENGLISH);
    static final PlainReceiptText CHINESE = new PlainReceiptText(Locale.SIMPLIFIED_CHINESE);

    @Override
    public String title(SaleKind kind) {
        return "title:" + kind.code();
    }

    @Override
    public String saleNumber() {
        return "Number";
    }

    @Override
    public String originalSale() {
        return "Original";
    }

    @Override
    public String dateTime() {
        return "Date";
    }

    @Override
    public String cashier() {
        return "Cashier";
    }

    @Override
    public String servedBy() {
        return "Served by";
    }

    @Override
    public String customer() {
        return "Customer";
    }

    @Override
    public String unknownItem() {
        return "Unknown item";
    }

    @Override
    public String lineDiscount() {
        return "Discount";
    }

    @Override
    public String subtotal() {
        return "Subtotal";
    }

    @Override
    public String discounts() {
        return "Discounts";
    }

    @Override
    public String cartDiscount() {
        return "Order discount";
    }

    @Override
    public String tax() {
        return "Tax";
    }

    @Override
    public String taxIncluded() {
        return "Incl. tax";
    }

    @Override
    public String total(SaleKind kind) {
        return "total:" + kind.code();
    }

    @Override
    public String tender(Tender tender) {
        return "tender:" + tender.code();
    }

    @Override
    public String tendered() {
        return "Tendered";
    }

    @Override
    public String change() {
        return "Change";
    }

    @Override
    public String thanks(SaleKind kind) {
        return "thanks:" + kind.code();
    }
}
