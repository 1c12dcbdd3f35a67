package app.counterpart.core.sell;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.Money;
import app.counterpart.core.staff.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An open sale as the cashier builds it. Immutable: every change returns a new cart, or throws a
 * {@link SellException} and leaves this one as it was. The cart's id becomes the sale's id, which is
 * what makes pressing Pay twice store one sale.
 */
public record Cart(
        String id,
        List<CartLine> lines,
        long cartDiscountMinor,
        CartCustomer customer,
        String servedById,
        List<TenderEntry> tenders,
        Instant createdAt) {

    public Cart {
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
    }

    public static Cart empty(String id, String servedById, Instant createdAt) {
        return new Cart(id, List.of(), 0, null, servedById, List.of(), createdAt);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Sum of price times quantity less line discounts: what a cart discount applies to. */
    public long linesNetMinor() {
        long sum = 0;
        for (CartLine l : lines) {
            sum = Math.addExact(sum, l.netMinor());
        }
        return sum;
    }

    public CartLine line(String lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + lineId));
    }

    /**
     * Rings up a product. Scanning the same item again adds to its line (the way a cashier expects),
     * unless that line has a discount or an overridden price of its own.
     */
    public Cart add(Product product, int quantity, String newLineId) {
        if (!product.active()) {
            throw new SellException(SellException.Problem.PRODUCT_INACTIVE, product.name());
        }
        checkQuantity(quantity);
        List<CartLine> next = new ArrayList<>(lines);
        for (int i = 0; i < next.size(); i++) {
            CartLine l = next.get(i);
            if (l.productId().equals(product.id()) && l.discountMinor() == 0 && l.overrideBy() == null
                    && l.unitPriceMinor() == product.priceMinor()) {
                int merged = l.quantity() + quantity;
                checkQuantity(merged);
                next.set(i, checkedAmount(l.withQuantity(merged)));
                return withLines(next);
            }
        }
        next.add(checkedAmount(new CartLine(newLineId, product.id(), product.sku(), product.name(), product.nameZh(),
                quantity, product.priceMinor(), product.priceMinor(), 0, product.taxRateBp(), product.costMinor(),
                null)));
        return withLines(next);
    }

    public Cart setQuantity(String lineId, int quantity) {
        checkQuantity(quantity);
        CartLine l = line(lineId);
        CartLine changed = checkedAmount(l.withQuantity(quantity));
        // A discount given as an amount cannot be larger than the fewer items it now applies to.
        if (changed.discountMinor() > changed.grossMinor()) {
            changed = changed.withDiscount(changed.grossMinor());
        }
        return replace(changed).clampCartDiscount();
    }

    public Cart remove(String lineId) {
        line(lineId);
        List<CartLine> next = new ArrayList<>(lines);
        next.removeIf(l -> l.id().equals(lineId));
        return withLines(next).clampCartDiscount();
    }

    /** A discount on one line, within what the acting person's role may give. */
    public Cart discountLine(String lineId, long discountMinor, Role role) {
        CartLine l = line(lineId);
        checkDiscount(discountMinor, l.grossMinor(), role);
        return replace(l.withDiscount(discountMinor)).clampCartDiscount();
    }

    /** A discount on the whole cart, within what the acting person's role may give. */
    public Cart discountCart(long discountMinor, Role role) {
        if (lines.isEmpty()) {
            throw new SellException(SellException.Problem.CART_EMPTY);
        }
        checkDiscount(discountMinor, linesNetMinor(), role);
        return new Cart(id, lines, discountMinor, customer, servedById, tenders, createdAt);
    }

    /** Another price for a line; the caller has already had it approved by {@code approverId}. */
    public Cart overridePrice(String lineId, long priceMinor, String approverId) {
        if (priceMinor < 0) {
            throw new SellException(SellException.Problem.AMOUNT_INVALID);
        }
        if (priceMinor > SellPolicy.MAX_AMOUNT_MINOR) {
            throw new SellException(SellException.Problem.AMOUNT_TOO_LARGE);
        }
        CartLine l = line(lineId);
        return replace(checkedAmount(l.withPrice(priceMinor, approverId))).clampCartDiscount();
    }

    public Cart withCustomer(CartCustomer c) {
        return new Cart(id, lines, cartDiscountMinor, c, servedById, tenders, createdAt);
    }

    public Cart withServedBy(String staffId) {
        return new Cart(id, lines, cartDiscountMinor, customer, staffId, tenders, createdAt);
    }

    public Cart withTenders(List<TenderEntry> entries) {
        return new Cart(id, lines, cartDiscountMinor, customer, servedById, entries, createdAt);
    }

    private Cart withLines(List<CartLine> next) {
        checkTotal(next);
        return new Cart(id, next, cartDiscountMinor, customer, servedById, tenders, createdAt);
    }

    private Cart replace(CartLine changed) {
        List<CartLine> next = new ArrayList<>(lines);
        next.replaceAll(l -> l.id().equals(changed.id()) ? changed : l);
        return withLines(next);
    }

    /** After lines shrink, a cart discount larger than what is left would make the total negative. */
    private Cart clampCartDiscount() {
        long net = linesNetMinor();
        return cartDiscountMinor <= net ? this
                : new Cart(id, lines, net, customer, servedById, tenders, createdAt);
    }

    private static void checkQuantity(int quantity) {
        if (quantity <= 0) {
            throw new SellException(SellException.Problem.QUANTITY_NOT_POSITIVE);
        }
        if (quantity > SellPolicy.MAX_QUANTITY) {
            throw new SellException(SellException.Problem.QUANTITY_TOO_LARGE, SellPolicy.MAX_QUANTITY);
        }
    }

    private static CartLine checkedAmount(CartLine l) {
        try {
            if (l.grossMinor() > SellPolicy.MAX_AMOUNT_MINOR) {
                throw new SellException(SellException.Problem.AMOUNT_TOO_LARGE);
            }
        } catch (ArithmeticException e) {
            throw new SellException(SellException.Problem.AMOUNT_TOO_LARGE);
        }
        return l;
    }

    private static void checkTotal(List<CartLine> next) {
        long sum = 0;
        for (CartLine l : next) {
            sum += l.netMinor();
            if (sum > SellPolicy.MAX_AMOUNT_MINOR) {
                throw new SellException(SellException.Problem.AMOUNT_TOO_LARGE);
            }
        }
    }

    private static void checkDiscount(long discountMinor, long baseMinor, Role role) {
        if (discountMinor < 0) {
            throw new SellException(SellException.Problem.AMOUNT_INVALID);
        }
        if (discountMinor > baseMinor) {
            throw new SellException(SellException.Problem.DISCOUNT_OVER_AMOUNT);
        }
        int limitBp = SellPolicy.maxDiscountBp(role);
        // Compare exactly: discount / base <= limit, without rounding the allowance up.
        if (Math.multiplyExact(discountMinor, 10_000L) > Math.multiplyExact(baseMinor, (long) limitBp)) {
            throw new SellException(SellException.Problem.DISCOUNT_OVER_LIMIT, limitBp / 100);
        }
    }

    /** Reads "10%" as a share of {@code baseMinor} and anything else as an amount in the currency. */
    public static long parseDiscount(String text, long baseMinor, java.util.Currency currency) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.endsWith("%")) {
                java.math.BigDecimal pct = new java.math.BigDecimal(t.substring(0, t.length() - 1).trim());
                if (pct.signum() < 0 || pct.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                    throw new SellException(SellException.Problem.AMOUNT_INVALID);
                }
                int bp = pct.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
                return Money.percentOf(baseMinor, bp);
            }
            return Money.parse(t, currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new SellException(SellException.Problem.AMOUNT_INVALID);
        }
    }
}
