package app.counterpart.core.sell.receipt;

import app.counterpart.core.common.Money;
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
import app.counterpart.core.sell.receipt.ZReportDocument.Section;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a shift's {@link ZReport} and its cash movements into a {@link ZReportDocument}: names in the
 * report's language, amounts in the shop's currency, times in the shop's zone. The figures are the
 * shift's stored tally and the expected and counted cash stored when it closed, so a reprint shows
 * what the cashier signed off.
 */
public final class ZReportBuilder {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Shop shop;
    private final ZReportText text;
    private final Function<String, Optional<Staff>> staff;
    private final boolean chinese;

    /** @param staff a person by id; someone no longer known is printed by their id, so the row still leads somewhere */
    public ZReportBuilder(Shop shop, ZReportText text, Function<String, Optional<Staff>> staff) {
        this.shop = shop;
        this.text = text;
        this.staff = staff;
        this.chinese = text.locale().getLanguage().equals("zh");
    }

    /** A builder over the staff the till has already loaded. */
    public static ZReportBuilder of(Shop shop, ZReportText text, Collection<Staff> staff) {
        Map<String, Staff> byId = staff.stream().collect(Collectors.toMap(Staff::id, s -> s, (a, b) -> a));
        return new ZReportBuilder(shop, text, id -> Optional.ofNullable(byId.get(id)));
    }

    /**
     * @param device the till the shift ran on; if null its id from the shift is printed
     * @param movements the shift's cash movements, in any order
     * @throws IllegalArgumentException if a movement belongs to another shift: its cash would be
     *     listed under the wrong drawer
     */
    public ZReportDocument build(ZReport report, Device device, List<CashMovement> movements) {
        Shift shift = report.shift();
        ShiftTally tally = report.tally();
        for (CashMovement m : movements) {
            if (!m.shiftId().equals(shift.id())) {
                throw new IllegalArgumentException("cash movement " + m.id() + " belongs to shift " + m.shiftId()
                        + ", not " + shift.id());
            }
        }
        boolean closed = !shift.isOpen();

        List<Field> details = new ArrayList<>();
        details.add(new Field(text.device(), device == null ? shift.deviceId() : deviceText(device)));
        details.add(new Field(text.openedAt(), DATE_TIME.format(shift.openedAt().atZone(shop.zone()))));
        details.add(new Field(text.openedBy(), person(shift.openedBy())));
        if (closed) {
            details.add(new Field(text.closedAt(), DATE_TIME.format(shift.closedAt().atZone(shop.zone()))));
            details.add(new Field(text.closedBy(), person(shift.closedBy())));
        }

        List<Row> sales = List.of(
                count(Role.SALES_COUNT, text.sales(), tally.salesCount()),
                count(Role.REFUND_COUNT, text.refunds(), tally.refundCount()),
                count(Role.VOID_COUNT, text.voids(), tally.voidCount()),
                count(Role.ITEMS, text.items(), tally.itemCount()),
                money(Role.REVENUE, text.revenue(), tally.revenueMinor()),
                money(Role.DISCOUNTS, text.discounts(), tally.discountMinor()),
                money(Role.TAX, text.tax(shop.pricesIncludeTax()), tally.taxMinor()));

        // Cash is always listed, even at nothing, because the drawer section below starts from it.
        List<Row> tenders = new ArrayList<>();
        long tendersTotal = 0;
        for (Tender t : Tender.values()) {
            long amount = tally.tendered(t);
            if (t == Tender.CASH || amount != 0) {
                tenders.add(money(Role.TENDER, text.tender(t), amount));
                tendersTotal += amount;
            }
        }
        tenders.add(money(Role.TENDERS_TOTAL, text.tendersTotal(), tendersTotal));

        // Read down, the drawer column adds up to the expected cash: cash out is printed negative.
        List<Row> drawer = new ArrayList<>();
        drawer.add(money(Role.OPENING_FLOAT, text.openingFloat(), shift.openingFloatMinor()));
        drawer.add(signed(Role.CASH_SALES, text.cashSales(), tally.tendered(Tender.CASH)));
        drawer.add(signed(Role.CASH_IN, text.cashIn(), tally.cashInMinor()));
        drawer.add(signed(Role.CASH_OUT, text.cashOut(), -tally.cashOutMinor()));
        drawer.add(money(Role.EXPECTED, text.expected(), report.expectedCashMinor()));
        Balance balance = Balance.EVEN;
        if (closed) {
            balance = Balance.of(report.differenceMinor());
            drawer.add(money(Role.COUNTED, text.counted(), report.countedCashMinor()));
            drawer.add(signed(Role.DIFFERENCE, text.difference(balance), report.differenceMinor()));
        }

        LocalDate openedOn = shift.openedAt().atZone(shop.zone()).toLocalDate();
        List<Movement> moves = movements.stream().sorted(Comparator.comparing(CashMovement::at))
                .map(m -> movement(m, openedOn)).toList();

        Instant stamp = closed ? shift.closedAt() : shift.openedAt();
        String reference = (device == null ? shift.deviceId() : device.code()) + " "
                + DATE_TIME.format(stamp.atZone(shop.zone()));
        return new ZReportDocument(text.title(closed), closed, reference, shopLines(), details,
                new Section(text.salesHeading(), sales), new Section(text.tendersHeading(), tenders),
                new Section(text.drawerHeading(), drawer), balance, text.movementsHeading(), moves,
                text.noMovements());
    }

    private Movement movement(CashMovement m, LocalDate openedOn) {
        var local = m.at().atZone(shop.zone());
        // A shift that runs past midnight shows which day a late movement was on.
        String time = (local.toLocalDate().equals(openedOn) ? TIME : DAY_TIME).format(local);
        return new Movement(m.at(), time, m.isIn(), text.movement(m.isIn()), m.amountMinor(),
                signedMoney(m.amountMinor()), m.reason(), person(m.staffId()));
    }

    private String deviceText(Device device) {
        if (device.code() == null || device.code().isBlank() || device.code().equals(device.name())) {
            return device.name();
        }
        return device.name() + " (" + device.code() + ")";
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

    private String person(String id) {
        if (id == null) {
            return "";
        }
        return staff.apply(id).map(s -> s.displayName(chinese)).orElse(id);
    }

    private static Row count(Role role, String label, long n) {
        return new Row(role, label, n, Long.toString(n));
    }

    private Row money(Role role, String label, long minor) {
        return new Row(role, label, minor, Money.format(minor, shop.currency(), text.locale()));
    }

    /** An amount that adds to or takes from the drawer, with its sign shown either way. */
    private Row signed(Role role, String label, long minor) {
        return new Row(role, label, minor, signedMoney(minor));
    }

    private String signedMoney(long minor) {
        String formatted = Money.format(minor, shop.currency(), text.locale());
        return minor > 0 ? "+" + formatted : formatted;
    }
}
