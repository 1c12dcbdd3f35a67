package app.counterpart.core.sell.receipt;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import java.util.Locale;

/**
 * The words printed on a receipt, in one language. The UI answers these from its resource bundles;
 * keeping them behind this interface lets the receipt be built (and tested) without any bundle.
 */
public interface ReceiptText {

    /** Decides the name each product, person and the shop goes by, and how amounts are written. */
    Locale locale();

    /** The heading: a sales receipt, a refund or a void. */
    String title(SaleKind kind);

    String saleNumber();

    /** Label of the sale a refund or void reverses. */
    String originalSale();

    String dateTime();

    String cashier();

    String servedBy();

    String customer();

    /** Name for a line whose product is no longer known to this till. */
    String unknownItem();

    /** Label of a line's own discount. */
    String lineDiscount();

    String subtotal();

    /** Label of the sum of the line discounts. */
    String discounts();

    /** Label of a discount given on the whole sale rather than on a line. */
    String cartDiscount();

    /** Label of tax added on top of tax-exclusive prices. */
    String tax();

    /** Label of the tax contained in tax-inclusive prices. */
    String taxIncluded();

    /** Label of the amount paid, or paid back for a refund or void. */
    String total(SaleKind kind);

    String tender(Tender tender);

    /** Label of the cash handed over. */
    String tendered();

    String change();

    /** The closing line at the foot of the receipt. */
    String thanks(SaleKind kind);
}
