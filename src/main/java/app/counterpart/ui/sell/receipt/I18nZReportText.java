package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.receipt.ZReportDocument.Balance;
import app.counterpart.core.sell.receipt.ZReportText;
import app.counterpart.ui.common.I18n;
import java.util.Locale;

/** A Z report's words from the UI's resource bundles, in the language the till is set to. */
public final class I18nZReportText implements ZReportText {

    private final I18n i18n;

    public I18nZReportText(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Locale locale() {
        return i18n.locale();
    }

    @Override
    public String title(boolean closed) {
        return i18n.text(closed ? "zreport.title.closed" : "zreport.title.open");
    }

    @Override
    public String device() {
        return i18n.text("zreport.device");
    }

    @Override
    public String openedAt() {
        return i18n.text("zreport.openedAt");
    }

    @Override
    public String openedBy() {
        return i18n.text("zreport.openedBy");
    }

    @Override
    public String closedAt() {
        return i18n.text("zreport.closedAt");
    }

    @Override
    public String closedBy() {
        return i18n.text("zreport.closedBy");
    }

    @Override
    public String salesHeading() {
        return i18n.text("zreport.sales.heading");
    }

    @Override
    public String sales() {
        return i18n.text("zreport.sales");
    }

    @Override
    public String refunds() {
        return i18n.text("zreport.refunds");
    }

    @Override
    public String voids() {
        return i18n.text("zreport.voids");
    }

    @Override
    public String items() {
        return i18n.text("zreport.items");
    }

    @Override
    public String revenue() {
        return i18n.text("zreport.revenue");
    }

    @Override
    public String discounts() {
        return i18n.text("zreport.discounts");
    }

    @Override
    public String tax(boolean included) {
        return i18n.text(included ? "zreport.taxIncluded" : "zreport.tax");
    }

    @Override
    public String tendersHeading() {
        return i18n.text("zreport.tenders.heading");
    }

    @Override
    public String tender(Tender tender) {
        return i18n.text("tender." + tender.code());
    }

    @Override
    public String tendersTotal() {
        return i18n.text("zreport.tenders.total");
    }

    @Override
    public String drawerHeading() {
        return i18n.text("zreport.drawer.heading");
    }

    @Override
    public String openingFloat() {
        return i18n.text("zreport.float");
    }

    @Override
    public String cashSales() {
        return i18n.text("zreport.cashSales");
    }

    @Override
    public String cashIn() {
        return i18n.text("zreport.cashIn");
    }

    @Override
    public String cashOut() {
        return i18n.text("zreport.cashOut");
    }

    @Override
    public String expected() {
        return i18n.text("zreport.expected");
    }

    @Override
    public String counted() {
        return i18n.text("zreport.counted");
    }

    @Override
    public String difference(Balance balance) {
        return i18n.text("zreport.difference." + balance.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String movementsHeading() {
        return i18n.text("zreport.movements.heading");
    }

    @Override
    public String movement(boolean in) {
        return i18n.text(in ? "zreport.movement.in" : "zreport.movement.out");
    }

    @Override
    public String noMovements() {
        return i18n.text("zreport.movements.none");
    }
}
