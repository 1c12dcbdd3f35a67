package app.counterpart.core.sell.receipt;

import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.receipt.ZReportDocument.Balance;
import java.util.Locale;

/** Fixed words for Z report tests in core, where there are no resource bundles. */
record PlainZReportText(Locale locale) implements ZReportText {

    static final PlainZReportText ENGLISH = new PlainZReportText(Locale.ENGLISH);
    static final PlainZReportText CHINESE = new PlainZReportText(Locale.SIMPLIFIED_CHINESE);

    @Override
    public String title(boolean closed) {
        return closed ? "Z report" : "X report";
    }

    @Override
    public String device() {
        return "Till";
    }

    @Override
    public String openedAt() {
        return "Opened";
    }

    @Override
    public String openedBy() {
        return "Opened by";
    }

    @Override
    public String closedAt() {
        return "Closed";
    }

    @Override
    public String closedBy() {
        return "Closed by";
    }

    @Override
    public String salesHeading() {
        return "SALES";
    }

    @Override
    public String sales() {
        return "Sales";
    }

    @Override
    public String refunds() {
        return "Refunds";
    }

    @Override
    public String voids() {
        return "Voids";
    }

    @Override
    public String items() {
        return "Items";
    }

    @Override
    public String revenue() {
        return "Revenue";
    }

    @Override
    public String discounts() {
        return "Discounts";
    }

    @Override
    public String tax(boolean included) {
        return included ? "Incl. tax" : "Tax";
    }

    @Override
    public String tendersHeading() {
        return "TENDERS";
    }

    @Override
    public String tender(Tender tender) {
        return "tender:" + tender.code();
    }

    @Override
    public String tendersTotal() {
        return "Total";
    }

    @Override
    public String drawerHeading() {
        return "DRAWER";
    }

    @Override
    public String openingFloat() {
        return "Float";
    }

    @Override
    public String cashSales() {
        return "Cash sales";
    }

    @Override
    public String cashIn() {
        return "Cash in";
    }

    @Override
    public String cashOut() {
        return "Cash out";
    }

    @Override
    public String expected() {
        return "Expected";
    }

    @Override
    public String counted() {
        return "Counted";
    }

    @Override
    public String difference(Balance balance) {
        return "difference:" + balance.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String movementsHeading() {
        return "MOVEMENTS";
    }

    @Override
    public String movement(boolean in) {
        return in ? "In" : "Out";
    }

    @Override
    public String noMovements() {
        return "none";
    }
}
