package app.counterpart.core.sell.receipt;

import app.counterpart.core.sales.SaleKind;
import java.util.List;
import java.util.Optional;

/**
 * What a receipt shows, already worded and formatted, so the screen, the printer and the PDF put the
 * same text on paper. Amounts keep their minor units next to their text so the figures can be
 * checked. A refund or void has negative amounts: money going back to the customer.
 *
 * @param title heading for the kind: receipt, refund or void
 * @param shopLines shop name first, then address and phone where known
 * @param originalSaleNumber the sale a refund or void reverses; null for a sale
 * @param details labelled facts: number, original sale, date, cashier, served by, customer
 * @param totals subtotal, discounts, tax and the total, in printing order
 * @param payments each tender, with cash tendered and change where cash was handed over
 * @param footer the closing line
 */
public record Receipt(
        SaleKind kind,
        String title,
        List<String> shopLines,
        String saleNumber,
        String originalSaleNumber,
        List<Field> details,
        List<Line> lines,
        List<Amount> totals,
        List<Amount> payments,
        String footer) {

    public Receipt {
        shopLines = List.copyOf(shopLines);
        details = List.copyOf(details);
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        payments = List.copyOf(payments);
    }

    /** A label and its value, printed on one row. */
    public record Field(String label, String value) {
    }

    /** What an amount row means, so renderers can stress the total and tests can find a figure. */
    public enum Role {
        LINE_DISCOUNT, SUBTOTAL, DISCOUNTS, CART_DISCOUNT, TAX, TOTAL, TAX_INCLUDED, PAYMENT, TENDERED, CHANGE
    }

    /** A labelled amount; {@code minor} is the value as printed (a discount is printed negative). */
    public record Amount(Role role, String label, long minor, String text) {
    }

    /**
     * One sold (or returned) item: its name, then "quantity × unit price" with what that comes to
     * before any discount, then its own discount if any. Read down the right-hand column, the lines
     * add up to the subtotal less the discounts. {@code totalMinor} is what the line finally comes to
     * (tax included), as stored with the sale.
     */
    public record Line(String name, int quantity, String quantityText, long grossMinor, String grossText,
            Amount discount, long totalMinor) {

        public Optional<Amount> discountIfAny() {
            return Optional.ofNullable(discount);
        }
    }

    /** The row with that role, if the receipt prints one. */
    public Optional<Amount> amount(Role role) {
        return totals.stream().filter(a -> a.role() == role).findFirst()
                .or(() -> payments.stream().filter(a -> a.role() == role).findFirst());
    }

    /** The barcode of the sale number; empty only if the number is not printable ASCII. */
    public Optional<Code128> barcode() {
        return Code128.encodable(saleNumber) ? Optional.of(Code128.encode(saleNumber)) : Optional.empty();
    }
}
