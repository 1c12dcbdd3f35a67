package app.counterpart.core.sell.receipt;

import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.CashMovement;
import app.counterpart.core.sell.Shift;
import app.counterpart.core.sell.ShiftTally;
import app.counterpart.core.sell.ZReport;
import app.counterpart.core.shop.Device;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic closed shift of the demo shop, made in memory: the last demo day's sales on till 1
 * tallied the way the store tallies a shift as each sale commits, a float, three cash movements, and
 * a count that comes up short.
 */
public final class ZReportSamples {

    public static final Device TILL = new Device("till-1", "T1", "Till 1");
    public static final String SHIFT_ID = "shift-1";
    public static final long FLOAT = 50_000;
    /** The count comes up ¥12.50 short. */
    public static final long SHORT_BY = 1_250;

    private ZReportSamples() {
    }

    public static List<Sale> daySales() {
        return ReceiptSamples.history().stream()
                .filter(s -> s.businessDay().equals(ReceiptSamples.LAST_DAY) && s.deviceId().equals(TILL.id()))
                .sorted(Comparator.comparing(Sale::createdAt)).toList();
    }

    static Staff person(Role role) {
        return ReceiptSamples.demo().staff().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    public static Staff opener() {
        return person(Role.CASHIER);
    }

    public static Staff closer() {
        return person(Role.MANAGER);
    }

    public static List<Staff> staff() {
        return ReceiptSamples.demo().staff();
    }

    static Instant openedAt() {
        return daySales().get(0).createdAt().minus(Duration.ofMinutes(20));
    }

    static Instant closedAt() {
        List<Sale> sales = daySales();
        return sales.get(sales.size() - 1).createdAt().plus(Duration.ofMinutes(15));
    }

    /** A coin top-up in the morning, a bank drop and a petty-cash purchase later on. */
    public static List<CashMovement> movements() {
        return movements(false);
    }

    /** The same movements with their reasons as a Chinese-speaking cashier would type them. */
    public static List<CashMovement> movements(boolean chinese) {
        Instant open = openedAt();
        return List.of(
                new CashMovement("m3", SHIFT_ID, -3_550, chinese ? "买茶吧用的牛奶" : "Milk for the tea bar",
                        opener().id(), open.plus(Duration.ofHours(6))),
                new CashMovement("m1", SHIFT_ID, 20_000, chinese ? "去银行换零钱" : "Coins for change from the bank",
                        opener().id(), open.plus(Duration.ofMinutes(95))),
                new CashMovement("m2", SHIFT_ID, -50_000, chinese ? "存入银行" : "Bank drop", closer().id(),
                        open.plus(Duration.ofHours(4))));
    }

    /** The sales folded into running totals as the store does it: voids cancel a sale, refunds are negative. */
    public static ShiftTally tally(List<Sale> sales, List<CashMovement> movements) {
        int count = 0;
        int refunds = 0;
        int voids = 0;
        int items = 0;
        long revenue = 0;
        long tax = 0;
        long discount = 0;
        Map<Tender, Long> byTender = new EnumMap<>(Tender.class);
        for (Sale s : sales) {
            count += s.kind() == SaleKind.SALE ? 1 : s.kind() == SaleKind.VOID ? -1 : 0;
            refunds += s.kind() == SaleKind.REFUND ? 1 : 0;
            voids += s.kind() == SaleKind.VOID ? 1 : 0;
            items += s.itemCount();
            revenue += s.totalMinor();
            tax += s.taxMinor();
            discount += s.discountMinor();
            for (Payment p : s.payments()) {
                byTender.merge(p.tender(), p.amountMinor(), Long::sum);
            }
        }
        long in = movements.stream().mapToLong(m -> Math.max(0, m.amountMinor())).sum();
        long out = movements.stream().mapToLong(m -> Math.max(0, -m.amountMinor())).sum();
        return new ShiftTally(count, refunds, voids, revenue, tax, discount, items, byTender, in, out);
    }

    /** The shift closed with the cash counted {@code differenceMinor} away from what was expected. */
    public static ZReport report(long differenceMinor) {
        ShiftTally tally = tally(daySales(), movements());
        long expected = tally.expectedCash(FLOAT);
        long counted = expected + differenceMinor;
        Shift shift = new Shift(SHIFT_ID, TILL.id(), opener().id(), openedAt(), FLOAT, closer().id(), closedAt(),
                counted, expected);
        return new ZReport(shift, tally, expected, counted);
    }

    /** The shift of the screenshots: ¥12.50 short. */
    public static ZReport report() {
        return report(-SHORT_BY);
    }

    public static ZReportDocument document(ZReportText text) {
        return document(report(), text);
    }

    public static ZReportDocument document(ZReport report, ZReportText text) {
        boolean chinese = text.locale().getLanguage().equals("zh");
        return ZReportBuilder.of(ReceiptSamples.demo().shop(), text, staff()).build(report, TILL, movements(chinese));
    }
}
