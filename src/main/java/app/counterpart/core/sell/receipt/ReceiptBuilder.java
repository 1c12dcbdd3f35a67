package app.counterpart.core.sell.receipt;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.Money;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.sell.receipt.Receipt.Amount;
import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.Receipt.Line;
import app.counterpart.core.sell.receipt.Receipt.Role;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a committed sale, refund or void into a {@link Receipt}: names in the receipt's language,
 * amounts in the shop's currency, time in the shop's zone. The figures come from the stored sale, so a
 * reprint shows exactly what was charged even if prices or names changed since.
 */
public final class ReceiptBuilder {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Shop shop;
    private final ReceiptText text;
    private final Function<String, Optional<Product>> products;
    private final Function<String, Optional<Staff>> staff;
    private final boolean chinese;

    /**
     * @param products a product by id; a product no longer known prints as {@link ReceiptText#unknownItem()}
     * @param staff a person by id; an unknown person's row is left out
     */
    public ReceiptBuilder(Shop shop, ReceiptText text, Function<String, Optional<Product>> products,
            Function<String, Optional<Staff>> staff) {
        this.shop = shop;
        this.text = text;
        this.products = products;
        this.staff = staff;
        this.chinese = text.locale().getLanguage().equals("zh");
    }

    /** A builder over lists already in memory, such as the catalog and staff the till has loaded. */
    public static ReceiptBuilder of(Shop shop, ReceiptText text, Collection<Product> products,
            Collection<Staff> staff) {
        Map<String, Product> productsById = products.stream()
                .collect(Collectors.toMap(Product::id, p -> p, (a, b) -> a));
        Map<String, Staff> staffById = staff.stream().collect(Collectors.toMap(Staff::id, s -> s, (a, b) -> a));
        return new ReceiptBuilder(shop, text, id -> Optional.ofNullable(productsById.get(id)),
                id -> Optional.ofNullable(staffById.get(id)));
    }

    /** The receipt of a sale with no customer attached. */
    public Receipt build(Sale sale) {
        return build(sale, null, null);
    }

    /**
     * @param customer the customer attached to the sale, or null; printed with a masked phone
     * @param originalSaleNumber for a refund or void, the number of the sale it reverses; if null the
     *     original's id is printed instead, so the receipt still leads back to it
     */
    public Receipt build(Sale sale, Customer customer, String originalSaleNumber) {
        List<Field> details = new ArrayList<>();
        details.add(new Field(text.saleNumber(), sale.number()));
        String original = null;
        if (sale.originalSaleId() != null) {
            original = originalSaleNumber != null ? originalSaleNumber : sale.originalSaleId();
            details.add(new Field(text.originalSale(), original));
        }
        details.add(new Field(text.dateTime(), TIME.format(sale.createdAt().atZone(shop.zone()))));
        person(sale.cashierId()).ifPresent(name -> details.add(new Field(text.cashier(), name)));
        person(sale.servedById()).ifPresent(name -> details.add(new Field(text.servedBy(), name)));
        if (customer != null) {
            details.add(new Field(text.customer(), customerText(customer)));
        }

        List<Line> lines = new ArrayList<>();
        long lineDiscounts = 0;
        for (SaleLine l : sale.lines()) {
            lineDiscounts += l.discountMinor();
            String name = products.apply(l.productId()).map(p -> p.displayName(chinese)).orElse(text.unknownItem());
            Amount discount = l.discountMinor() == 0 ? null
                    : amount(Role.LINE_DISCOUNT, text.lineDiscount(), -l.discountMinor());
            long gross = Math.multiplyExact(l.unitPriceMinor(), (long) l.quantity());
            lines.add(new Line(name, l.quantity(), l.quantity() + " × " + money(l.unitPriceMinor()), gross,
                    money(gross), discount, l.totalMinor()));
        }

        List<Amount> totals = new ArrayList<>();
        totals.add(amount(Role.SUBTOTAL, text.subtotal(), sale.subtotalMinor()));
        if (lineDiscounts != 0) {
            totals.add(amount(Role.DISCOUNTS, text.discounts(), -lineDiscounts));
        }
        // The stored header discount is the sum of the line discounts; anything beyond it was given
        // on the sale as a whole and is printed on its own row.
        long cartDiscount = sale.discountMinor() - lineDiscounts;
        if (cartDiscount != 0) {
            totals.add(amount(Role.CART_DISCOUNT, text.cartDiscount(), -cartDiscount));
        }
        if (!shop.pricesIncludeTax() && sale.taxMinor() != 0) {
            totals.add(amount(Role.TAX, text.tax(), sale.taxMinor()));
        }
        totals.add(amount(Role.TOTAL, text.total(sale.kind()), sale.totalMinor()));
        if (shop.pricesIncludeTax() && sale.taxMinor() != 0) {
            totals.add(amount(Role.TAX_INCLUDED, text.taxIncluded(), sale.taxMinor()));
        }

        List<Amount> payments = new ArrayList<>();
        for (Payment p : sale.payments()) {
            payments.add(amount(Role.PAYMENT, text.tender(p.tender()), p.amountMinor()));
            if (p.tenderedMinor() != null) {
                payments.add(amount(Role.TENDERED, text.tendered(), p.tenderedMinor()));
                payments.add(amount(Role.CHANGE, text.change(), p.changeMinor()));
            }
        }

        return new Receipt(sale.kind(), text.title(sale.kind()), shopLines(), sale.number(), original, details,
                lines, totals, payments, text.thanks(sale.kind()));
    }

    private List<String> shopLines() {
        List<String> out = new ArrayList<>();
        out.add(shop.displayName(chinese));
        if (shop.address() != null && !shop.address().isBlank()) {
            out.add(shop.address());
        }
        if (shop.phone() != null && !shop.phone().isBlank()) {
            out.add(shop.phone());
        }
        return out;
    }

    private Optional<String> person(String id) {
        return id == null ? Optional.empty() : staff.apply(id).map(s -> s.displayName(chinese));
    }

    private static String customerText(Customer c) {
        String phone = maskedPhone(c.phone());
        if (c.name() == null || c.name().isBlank()) {
            return phone;
        }
        return phone.isEmpty() ? c.name() : c.name() + " " + phone;
    }

    /** A receipt leaves the shop with the customer; it shows only enough of the phone to recognise it. */
    static String maskedPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.strip();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
        }
        if (p.length() > 4) {
            return "*".repeat(p.length() - 4) + p.substring(p.length() - 4);
        }
        return "*".repeat(p.length());
    }

    private Amount amount(Role role, String label, long minor) {
        return new Amount(role, label, minor, money(minor));
    }

    private String money(long minor) {
        return Money.format(minor, shop.currency(), text.locale());
    }
}
