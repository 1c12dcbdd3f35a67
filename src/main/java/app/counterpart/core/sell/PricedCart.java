package app.counterpart.core.sell;

import app.counterpart.core.sales.LinePricing;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.SaleTotals;
import java.util.ArrayList;
import java.util.List;

/**
 * A cart priced the way it will be stored: the cart discount is spread over the lines in proportion
 * to their amounts (largest remainder, so the pieces add up to the cent), and tax is worked out per
 * line, inclusive or on top as the shop prices. The screen shows these figures, so what the cashier
 * sees is what the sale row will hold.
 */
public record PricedCart(List<SaleLine> lines, SaleTotals totals) {

    public PricedCart {
        lines = List.copyOf(lines);
    }

    public long dueMinor() {
        return totals.totalMinor();
    }

    public static PricedCart of(Cart cart, boolean pricesIncludeTax) {
        long[] shares = spread(cart.cartDiscountMinor(), cart.lines());
        List<SaleLine> out = new ArrayList<>(cart.lines().size());
        int no = 1;
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine l = cart.lines().get(i);
            out.add(LinePricing.price(l.id(), no++, l.productId(), l.quantity(), l.unitPriceMinor(),
                    l.discountMinor() + shares[i], l.taxRateBp(), l.unitCostMinor(), pricesIncludeTax));
        }
        return new PricedCart(out, SaleTotals.of(out));
    }

    /** Splits an amount over lines by their net amounts; no line gets more than its own net amount. */
    static long[] spread(long amount, List<CartLine> lines) {
        long[] shares = new long[lines.size()];
        if (amount == 0 || lines.isEmpty()) {
            return shares;
        }
        long total = 0;
        for (CartLine l : lines) {
            total += l.netMinor();
        }
        if (total <= 0) {
            return shares;
        }
        long given = 0;
        long[] remainders = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            long net = lines.get(i).netMinor();
            // net × amount can pass Long.MAX_VALUE on a large cart, so this one product is exact.
            java.math.BigInteger product = java.math.BigInteger.valueOf(net).multiply(java.math.BigInteger.valueOf(amount));
            java.math.BigInteger[] qr = product.divideAndRemainder(java.math.BigInteger.valueOf(total));
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += shares[i];
        }
        long left = amount - given;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < remainders.length; i++) {
                if (remainders[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = 0;
            left--;
        }
        return shares;
    }
}
