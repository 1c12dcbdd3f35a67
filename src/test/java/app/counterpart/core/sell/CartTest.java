package app.counterpart.core.sell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.staff.Role;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CartTest {

    static final Product TEA = product("p1", "Milk tea", 1800);
    static final Product CAKE = product("p2", "Cheesecake", 2800);

    static Product product(String id, String name, long price) {
        return new Product(id, "SKU-" + id, List.of("69" + id), "c1", name, null, "pc", price, price / 3, 600, true,
                null, 0, true);
    }

    private final Cart empty = Cart.empty("cart-1", "s1", Instant.EPOCH);

    @Test
    void scanningTheSameItemAgainAddsToItsLine() {
        Cart cart = empty.add(TEA, 1, "l1").add(CAKE, 1, "l2").add(TEA, 2, "l3");
        assertEquals(2, cart.lines().size());
        assertEquals(3, cart.line("l1").quantity());
    }

    @Test
    void aDiscountedLineIsNotMergedWith() {
        Cart cart = empty.add(TEA, 1, "l1").discountLine("l1", 100, Role.CASHIER).add(TEA, 1, "l2");
        assertEquals(2, cart.lines().size());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,      QUANTITY_NOT_POSITIVE
            -1,     QUANTITY_NOT_POSITIVE
            10000,  QUANTITY_TOO_LARGE
            """)
    void refusesQuantitiesNoOneMeans(int quantity, SellException.Problem problem) {
        Cart cart = empty.add(TEA, 1, "l1");
        SellException e = assertThrows(SellException.class, () -> cart.setQuantity("l1", quantity));
        assertEquals(problem, e.problem());
        assertEquals(1, cart.line("l1").quantity(), "the cart is left as it was");
    }

    @Test
    void refusesAnAmountThatWouldOverflow() {
        Product gold = product("p9", "Gold bar", SellPolicy.MAX_AMOUNT_MINOR);
        Cart cart = empty.add(gold, 1, "l1");
        SellException e = assertThrows(SellException.class, () -> cart.setQuantity("l1", 9_999));
        assertEquals(SellException.Problem.AMOUNT_TOO_LARGE, e.problem());
        assertThrows(SellException.class, () -> cart.overridePrice("l1", Long.MAX_VALUE, "m1"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            CASHIER, 180,  true
            CASHIER, 181,  false
            MANAGER, 900,  true
            MANAGER, 901,  false
            OWNER,   1800, true
            PARTNER, 1,    false
            """)
    void lineDiscountsStayWithinTheRolesLimit(Role role, long discount, boolean allowed) {
        Cart cart = empty.add(TEA, 1, "l1");
        if (allowed) {
            assertEquals(discount, cart.discountLine("l1", discount, role).line("l1").discountMinor());
        } else {
            SellException e = assertThrows(SellException.class, () -> cart.discountLine("l1", discount, role));
            assertEquals(SellException.Problem.DISCOUNT_OVER_LIMIT, e.problem());
        }
    }

    @Test
    void aCartDiscountShrinksWhenLinesGo() {
        Cart cart = empty.add(TEA, 1, "l1").add(CAKE, 1, "l2").discountCart(2000, Role.OWNER).remove("l2");
        assertEquals(1800, cart.cartDiscountMinor());
    }

    @Test
    void aPriceOverrideRemembersTheApprover() {
        Cart cart = empty.add(TEA, 2, "l1").overridePrice("l1", 1500, "manager-1");
        assertEquals(1500, cart.line("l1").unitPriceMinor());
        assertEquals(1800, cart.line("l1").listPriceMinor());
        assertEquals("manager-1", cart.line("l1").overrideBy());
    }

    @Test
    void anInactiveProductCannotBeSold() {
        Product old = new Product("p3", "OLD", List.of(), "c1", "Old", null, "pc", 100, 0, 0, false, null, 0, true);
        assertEquals(SellException.Problem.PRODUCT_INACTIVE,
                assertThrows(SellException.class, () -> empty.add(old, 1, "l1")).problem());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            10%,   5000, 500
            12.5%, 1000, 125
            3.20,  5000, 320
            0,     5000, 0
            """)
    void discountsAreTypedAsPercentOrAmount(String text, long base, long expected) {
        assertEquals(expected, Cart.parseDiscount(text, base, Currency.getInstance("CNY")));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            abc
            101%
            1e2
            1.234
            """)
    void discountTextThatIsNoAmountIsRefused(String text) {
        assertEquals(SellException.Problem.AMOUNT_INVALID, assertThrows(SellException.class,
                () -> Cart.parseDiscount(text, 1000, Currency.getInstance("CNY"))).problem());
    }

    @Test
    void removingAnUnknownLineIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> empty.remove("nope"));
    }
}
