package app.counterpart.core.sell.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.CashMovement;
import app.counterpart.core.sell.Shift;
import app.counterpart.core.sell.ShiftTally;
import app.counterpart.core.sell.ZReport;
import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.ZReportDocument.Balance;
import app.counterpart.core.sell.receipt.ZReportDocument.Movement;
import app.counterpart.core.sell.receipt.ZReportDocument.Role;
import app.counterpart.core.sell.receipt.ZReportDocument.Row;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZReportBuilderTest {

    private static final Shop SHOP = new Shop("shop", "Corner Tea", "街角茶铺", Currency.getInstance("CNY"),
            ZoneId.of("Asia/Shanghai"), 4, true, "1 Tea Lane", null);
    private static final Device TILL = new Device("d1", "T1", "Till 1");
    private static final Staff ANNA = new Staff("p1", "S01", "Anna Li", "李安娜",
            app.counterpart.core.staff.Role.CASHIER, null, null, null, null, true);
    private static final Instant OPEN = Instant.parse("2026-11-27T01:00:00Z"); // 09:00 in Shanghai
    private static final Instant CLOSE = Instant.parse("2026-11-27T10:30:00Z"); // 18:30

    private static long value(ZReportDocument d, Role role) {
        return d.row(role).orElseThrow(() -> new AssertionError("no " + role)).value();
    }

    private static String text(ZReportDocument d, Role role) {
        return d.row(role).orElseThrow(() -> new AssertionError("no " + role)).text();
    }

    private static String field(ZReportDocument d, String label) {
        return d.details().stream().filter(f -> f.label().equals(label)).map(Field::value).findFirst().orElse(null);
    }

    /**
     * A small shift worked out by hand: float 500.00; cash 1,230.00 and card 456.78 taken, a 30.00 cash
     * refund; 200.00 put in, 150.00 and 20.50 taken out. Expected 500 + 1,200 + 200 − 170.50 = 1,729.50.
     */
    private static ZReport handMade(long countedMinor, boolean closed) {
        ShiftTally tally = new ShiftTally(12, 1, 0, 165_678, 19_061, 4_000, 30,
                Map.of(Tender.CASH, 120_000L, Tender.CARD, 45_678L), 20_000, 17_050);
        long expected = tally.expectedCash(50_000);
        Shift shift = new Shift("s1", TILL.id(), ANNA.id(), OPEN, 50_000, closed ? ANNA.id() : null,
                closed ? CLOSE : null, closed ? countedMinor : null, closed ? expected : null);
        return new ZReport(shift, tally, expected, countedMinor);
    }

    private static List<CashMovement> handMoves() {
        return List.of(
                new CashMovement("c2", "s1", -15_000, "Bank drop", ANNA.id(), OPEN.plusSeconds(5 * 3600)),
                new CashMovement("c1", "s1", 20_000, "Coins", ANNA.id(), OPEN.plusSeconds(3600)),
                new CashMovement("c3", "s1", -2_050, "Stamps", "gone", OPEN.plusSeconds(6 * 3600)));
    }

    private static ZReportDocument build(ZReport report, ZReportText text) {
        return ZReportBuilder.of(SHOP, text, List.of(ANNA)).build(report, TILL, handMoves());
    }

    @Test
    void aHandMadeShiftPrintsTheFiguresWorkedOutByHand() {
        ZReportDocument d = build(handMade(172_000, true), PlainZReportText.ENGLISH);
        assertEquals("Z report", d.title());
        assertTrue(d.closed());
        assertEquals("T1 2026-11-27 18:30", d.reference());
        assertEquals(List.of("Corner Tea", "1 Tea Lane"), d.shopLines());
        assertEquals("Till 1 (T1)", field(d, "Till"));
        assertEquals("2026-11-27 09:00", field(d, "Opened"));
        assertEquals("2026-11-27 18:30", field(d, "Closed"));
        assertEquals("Anna Li", field(d, "Opened by"));
        assertEquals("Anna Li", field(d, "Closed by"));

        assertEquals("12", text(d, Role.SALES_COUNT));
        assertEquals("1", text(d, Role.REFUND_COUNT));
        assertEquals("0", text(d, Role.VOID_COUNT));
        assertEquals("30", text(d, Role.ITEMS));
        assertEquals("¥1,656.78", text(d, Role.REVENUE));
        assertEquals("¥40.00", text(d, Role.DISCOUNTS));
        assertEquals("¥190.61", text(d, Role.TAX));
        assertEquals("Incl. tax", d.row(Role.TAX).orElseThrow().label());

        assertEquals(List.of("tender:cash ¥1,200.00", "tender:card ¥456.78", "Total ¥1,656.78"),
                d.tenders().rows().stream().map(r -> r.label() + " " + r.text()).toList());

        assertEquals(List.of("Float ¥500.00", "Cash sales +¥1,200.00", "Cash in +¥200.00", "Cash out -¥170.50",
                "Expected ¥1,729.50", "Counted ¥1,720.00", "difference:short -¥9.50"),
                d.drawer().rows().stream().map(r -> r.label() + " " + r.text()).toList());
        assertEquals(Balance.SHORT, d.balance());
    }

    @Test
    void movementsAreListedOldestFirstWithSignAndPerson() {
        ZReportDocument d = build(handMade(172_950, true), PlainZReportText.ENGLISH);
        assertEquals(List.of("10:00 In +¥200.00 Coins Anna Li", "14:00 Out -¥150.00 Bank drop Anna Li",
                "15:00 Out -¥20.50 Stamps gone"),
                d.movements().stream().map(m -> String.join(" ", m.time(), m.direction(), m.amountText(), m.reason(),
                        m.person())).toList());
        assertEquals("MOVEMENTS", d.movementsHeading());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 1, -123_456, 99_999})
    void theDifferenceIsCountedLessExpectedAndSaysOverOrShort(long difference) {
        ZReport report = handMade(172_950 + difference, true);
        ZReportDocument d = build(report, PlainZReportText.ENGLISH);
        assertEquals(difference, report.differenceMinor());
        assertEquals(difference, value(d, Role.DIFFERENCE));
        assertEquals(value(d, Role.COUNTED) - value(d, Role.EXPECTED), value(d, Role.DIFFERENCE));
        Balance expected = difference > 0 ? Balance.OVER : difference < 0 ? Balance.SHORT : Balance.EVEN;
        assertEquals(expected, d.balance());
        assertEquals("difference:" + expected.name().toLowerCase(java.util.Locale.ROOT),
                d.row(Role.DIFFERENCE).orElseThrow().label());
        String shown = text(d, Role.DIFFERENCE);
        assertEquals(difference > 0, shown.startsWith("+"), shown);
        assertEquals(difference < 0, shown.startsWith("-"), shown);
    }

    @Test
    void theDemoShiftAddsUp() {
        ZReport report = ZReportSamples.report();
        ZReportDocument d = ZReportSamples.document(PlainZReportText.ENGLISH);
        assertTrue(value(d, Role.SALES_COUNT) > 10, "a busy day");

        // Read down, the drawer column comes to the expected cash, and the till's own sum agrees.
        long column = value(d, Role.OPENING_FLOAT) + value(d, Role.CASH_SALES) + value(d, Role.CASH_IN)
                + value(d, Role.CASH_OUT);
        assertEquals(value(d, Role.EXPECTED), column);
        assertEquals(report.tally().expectedCash(ZReportSamples.FLOAT), column);
        assertEquals(-ZReportSamples.SHORT_BY, value(d, Role.COUNTED) - value(d, Role.EXPECTED));
        assertEquals(-ZReportSamples.SHORT_BY, value(d, Role.DIFFERENCE));
        assertEquals(Balance.SHORT, d.balance());

        // Every sale is fully paid, so the tenders add up to the revenue; cash is the drawer's cash sales.
        List<Row> tenders = d.tenders().rows();
        long sum = tenders.stream().filter(r -> r.role() == Role.TENDER).mapToLong(Row::value).sum();
        assertEquals(value(d, Role.TENDERS_TOTAL), sum);
        assertEquals(value(d, Role.REVENUE), sum);
        assertEquals(value(d, Role.CASH_SALES), tenders.get(0).value());
        long revenue = ZReportSamples.daySales().stream().mapToLong(s -> s.totalMinor()).sum();
        assertEquals(revenue, value(d, Role.REVENUE));

        // The movements listed are the cash in and out of the drawer section.
        assertEquals(value(d, Role.CASH_IN), d.movements().stream().filter(Movement::in)
                .mapToLong(Movement::amountMinor).sum());
        assertEquals(value(d, Role.CASH_OUT), d.movements().stream().filter(m -> !m.in())
                .mapToLong(Movement::amountMinor).sum());

        long voids = ZReportSamples.daySales().stream().filter(s -> s.kind() == SaleKind.VOID).count();
        long sales = ZReportSamples.daySales().stream().filter(s -> s.kind() == SaleKind.SALE).count();
        assertEquals(sales - voids, value(d, Role.SALES_COUNT), "a voided sale does not count as a sale");
        assertEquals(voids, value(d, Role.VOID_COUNT));
    }

    @Test
    void aShiftStillOpenHasNoCountAndNoDifference() {
        ZReportDocument d = build(handMade(172_950, false), PlainZReportText.ENGLISH);
        assertFalse(d.closed());
        assertEquals("X report", d.title());
        assertEquals("T1 2026-11-27 09:00", d.reference(), "named after its opening while open");
        assertTrue(d.row(Role.COUNTED).isEmpty());
        assertTrue(d.row(Role.DIFFERENCE).isEmpty());
        assertEquals(Balance.EVEN, d.balance());
        assertEquals(null, field(d, "Closed"));
        assertEquals("¥1,729.50", text(d, Role.EXPECTED));
    }

    @Test
    void tendersNotUsedAreLeftOutButCashAlwaysShows() {
        ShiftTally tally = new ShiftTally(1, 0, 0, 5_000, 0, 0, 1, Map.of(Tender.WECHAT, 5_000L), 0, 0);
        Shift shift = new Shift("s1", TILL.id(), ANNA.id(), OPEN, 0, ANNA.id(), CLOSE, 0L, 0L);
        ZReportDocument d = ZReportBuilder.of(SHOP, PlainZReportText.ENGLISH, List.of(ANNA))
                .build(new ZReport(shift, tally, 0, 0), null, List.of());
        assertEquals(List.of("tender:cash", "tender:wechat", "Total"),
                d.tenders().rows().stream().map(Row::label).toList());
        assertEquals("¥0.00", text(d, Role.DIFFERENCE), "no sign on nothing");
        assertEquals(Balance.EVEN, d.balance());
        assertEquals("¥0.00", text(d, Role.CASH_OUT));
        assertTrue(d.movements().isEmpty());
        assertEquals("none", d.noMovements());
        assertEquals(TILL.id(), field(d, "Till"), "without the device its id is printed");
    }

    @Test
    void chineseUsesChineseNamesAndATaxOnTopShopSaysTax() {
        Shop onTop = new Shop("shop", "Corner Tea", "街角茶铺", Currency.getInstance("CNY"),
                ZoneId.of("Asia/Shanghai"), 4, false, null, " ");
        ZReportDocument d = ZReportBuilder.of(onTop, PlainZReportText.CHINESE, List.of(ANNA))
                .build(handMade(172_950, true), TILL, handMoves());
        assertEquals(List.of("街角茶铺"), d.shopLines());
        assertEquals("李安娜", field(d, "Opened by"));
        assertEquals("李安娜", d.movements().get(0).person());
        assertEquals("Tax", d.row(Role.TAX).orElseThrow().label());
    }

    @Test
    void aMovementAfterMidnightShowsItsDay() {
        CashMovement late = new CashMovement("c9", "s1", -1_000, "Taxi", ANNA.id(),
                Instant.parse("2026-11-27T16:30:00Z")); // 00:30 the next day in Shanghai
        ZReportDocument d = ZReportBuilder.of(SHOP, PlainZReportText.ENGLISH, List.of(ANNA))
                .build(handMade(0, true), TILL, List.of(late));
        assertEquals("11-28 00:30", d.movements().get(0).time());
    }

    @Test
    void aMovementOfAnotherShiftIsRefused() {
        CashMovement other = new CashMovement("c9", "s2", 1_000, "Coins", ANNA.id(), OPEN);
        ZReportBuilder builder = ZReportBuilder.of(SHOP, PlainZReportText.ENGLISH, List.of(ANNA));
        assertThrows(IllegalArgumentException.class,
                () -> builder.build(handMade(0, true), TILL, List.of(other)));
    }
}
