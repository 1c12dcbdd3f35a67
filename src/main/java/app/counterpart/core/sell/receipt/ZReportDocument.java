package app.counterpart.core.sell.receipt;

import app.counterpart.core.sell.receipt.Receipt.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a Z report shows, already worded and formatted, so the screen, the printer and the PDF put the
 * same text on paper. Each figure keeps its value next to its text so the report can be checked: the
 * drawer rows read down to the expected cash, the tender rows add up to the revenue.
 *
 * @param title heading: Z report of a closed shift, or the figures of one still open
 * @param closed false for a shift still open; it has no count and so no difference
 * @param reference the till's code and when the shift closed (opened, if still open), to tell
 *     reports apart in a window title or a file name
 * @param shopLines shop name first, then address and phone where known
 * @param details labelled facts: device, opened at and by, closed at and by
 * @param sales counts, revenue, discounts and tax of the shift
 * @param tenders net amount per tender, then their total
 * @param drawer opening float, cash sales, cash in, cash out (negative), expected; then counted and
 *     the difference for a closed shift
 * @param balance over, short or even; {@code EVEN} for a shift still open
 * @param movements cash put in or taken out outside sales, oldest first
 * @param noMovements what to print instead when there were none
 */
public record ZReportDocument(
        String title,
        boolean closed,
        String reference,
        List<String> shopLines,
        List<Field> details,
        Section sales,
        Section tenders,
        Section drawer,
        Balance balance,
        String movementsHeading,
        List<Movement> movements,
        String noMovements) {

    public ZReportDocument {
        shopLines = List.copyOf(shopLines);
        details = List.copyOf(details);
        movements = List.copyOf(movements);
    }

    /** Whether the cash counted is more than, less than, or just what the till expected. */
    public enum Balance {
        OVER, SHORT, EVEN;

        public static Balance of(long differenceMinor) {
            return differenceMinor > 0 ? OVER : differenceMinor < 0 ? SHORT : EVEN;
        }
    }

    /** What a row means, so renderers can stress the key figures and tests can find them. */
    public enum Role {
        SALES_COUNT, REFUND_COUNT, VOID_COUNT, ITEMS, REVENUE, DISCOUNTS, TAX,
        TENDER, TENDERS_TOTAL,
        OPENING_FLOAT, CASH_SALES, CASH_IN, CASH_OUT, EXPECTED, COUNTED, DIFFERENCE;

        /** Counts rather than money. */
        public boolean isCount() {
            return this == SALES_COUNT || this == REFUND_COUNT || this == VOID_COUNT || this == ITEMS;
        }
    }

    /** A heading and its rows. */
    public record Section(String heading, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A labelled figure; {@code value} is a count or an amount in minor units, signed as printed (cash
     * out is printed negative so the drawer column adds up).
     */
    public record Row(Role role, String label, long value, String text) {
    }

    /**
     * Cash put into the drawer (positive) or taken out (negative) outside a sale.
     *
     * @param time when, in the shop's zone; with the date if not on the day the shift opened
     * @param direction the word for in or out
     * @param amountText signed, with the currency
     */
    public record Movement(Instant at, String time, boolean in, String direction, long amountMinor,
            String amountText, String reason, String person) {
    }

    /** Every row of the three sections, in printing order. */
    public Stream<Row> rows() {
        return Stream.of(sales, tenders, drawer).flatMap(s -> s.rows().stream());
    }

    /** The first row with that role, if the report prints one. */
    public Optional<Row> row(Role role) {
        return rows().filter(r -> r.role() == role).findFirst();
    }
}
