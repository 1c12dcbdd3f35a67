package app.counterpart.core.sell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.staff.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PricingAndTenderingTest {

    private static final IdGenerator IDS = new IdGenerator(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new Random(1));
    private static final CartCustomer MEMBER = new CartCustomer("c1", "Wang", "13800000000", List.of("vip"), 5000);

    private static Cart teaAndCake() {
        return Cart.empty("cart", "s1", Instant.EPOCH).add(CartTest.TEA, 2, "l1").add(CartTest.CAKE, 1, "l2");
    }

    @Test
    void aCartDiscountIsSpreadOverTheLinesToTheCent() {
        PricedCart priced = PricedCart.of(teaAndCake().discountCart(1001, Role.OWNER), true);
        assertEquals(6400, priced.totals().subtotalMinor());
        assertEquals(1001, priced.totals().discountMinor());
        assertEquals(5399, priced.dueMinor());
        assertEquals(priced.dueMinor(), priced.lines().stream().mapToLong(SaleLine::totalMinor).sum());
    }

    @Test
    void taxOnTopIsAddedToTheTotal() {
        PricedCart inclusive = PricedCart.of(teaAndCake(), true);
        PricedCart exclusive = PricedCart.of(teaAndCake(), false);
        assertEquals(6400, inclusive.dueMinor());
        assertEquals(6400 + 384, exclusive.dueMinor());
        assertEquals(362, inclusive.totals().taxMinor());
    }

    @Property
    void spreadPiecesAlwaysAddUpAndNeverExceedALine(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 50) Integer> quantities,
            @ForAll @LongRange(min = 0, max = 100) long percent) {
        Cart cart = Cart.empty("cart", "s1", Instant.EPOCH);
        int i = 0;
        for (int q : quantities) {
            cart = cart.add(CartTest.product("p" + i, "P" + i, 100 + 37L * i), q, "l" + i);
            i++;
        }
        long discount = cart.linesNetMinor() * percent / 100;
        long[] shares = PricedCart.spread(discount, cart.lines());
        long sum = 0;
        for (int k = 0; k < shares.length; k++) {
            assertTrue(shares[k] >= 0 && shares[k] <= cart.lines().get(k).netMinor());
            sum += shares[k];
        }
        assertEquals(discount, sum);
    }

    @Test
    void splitTenderWithCashChange() {
        long due = 6400;
        List<TenderEntry> t = Tendering.add(List.of(), new TenderEntry(Tender.CARD, 4000), due, null);
        t = Tendering.add(t, new TenderEntry(Tender.CASH, 5000), due, null);
        assertTrue(Tendering.complete(due, t));
        assertEquals(2600, Tendering.change(due, t));
        List<Payment> payments = Tendering.payments(due, t, IDS);
        assertEquals(due, payments.stream().mapToLong(Payment::amountMinor).sum());
        Payment cash = payments.get(1);
        assertEquals(Tender.CASH, cash.tender());
        assertEquals(5000, cash.tenderedMinor());
        assertEquals(2600, cash.changeMinor());
    }

    @Test
    void cardCannotBeChargedMoreThanIsDue() {
        assertEquals(SellException.Problem.TENDER_OVER_DUE, assertThrows(SellException.class,
                () -> Tendering.add(List.of(), new TenderEntry(Tender.CARD, 6401), 6400, null)).problem());
    }

    @Test
    void storeCreditNeedsACustomerAndABalance() {
        assertEquals(SellException.Problem.STORE_CREDIT_NEEDS_CUSTOMER, assertThrows(SellException.class,
                () -> Tendering.add(List.of(), new TenderEntry(Tender.STORE_CREDIT, 100), 6400, null)).problem());
        assertEquals(SellException.Problem.STORE_CREDIT_SHORT, assertThrows(SellException.class,
                () -> Tendering.add(List.of(), new TenderEntry(Tender.STORE_CREDIT, 5001), 6400, MEMBER)).problem());
        assertEquals(1, Tendering.add(List.of(), new TenderEntry(Tender.STORE_CREDIT, 5000), 6400, MEMBER).size());
    }

    @Test
    void aShortPaymentDoesNotBecomeASale() {
        List<TenderEntry> t = Tendering.add(List.of(), new TenderEntry(Tender.WECHAT, 1000), 6400, null);
        SellException e = assertThrows(SellException.class, () -> Tendering.payments(6400, t, IDS));
        assertEquals(SellException.Problem.PAYMENT_SHORT, e.problem());
        assertEquals(5400L, e.args().get(0));
    }

    @Test
    void nothingMoreIsTakenOnceItIsPaid() {
        List<TenderEntry> t = Tendering.add(List.of(), new TenderEntry(Tender.CASH, 10000), 6400, null);
        assertEquals(SellException.Problem.NOTHING_DUE, assertThrows(SellException.class,
                () -> Tendering.add(t, new TenderEntry(Tender.CARD, 1), 6400, null)).problem());
    }
}
