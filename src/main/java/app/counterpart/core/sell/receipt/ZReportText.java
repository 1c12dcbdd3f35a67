package app.counterpart.core.sell.receipt;

import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.receipt.ZReportDocument.Balance;
import java.util.Locale;

/**
 * The words printed on a Z report, in one language. Like {@link ReceiptText}, the UI answers these from
 * its resource bundles, so the report can be built and checked in core without any bundle.
 */
public interface ZReportText {

    /** Decides the names of people and the shop, and how amounts are written. */
    Locale locale();

    /**
     * The heading: the Z report of a closed shift, or the running figures of one still open (which
     * has no count yet, so no difference).
     */
    String title(boolean closed);

    String device();

    String openedAt();

    String openedBy();

    String closedAt();

    String closedBy();

    String salesHeading();

    /** Label of the number of sales, voided ones not counted. */
    String sales();

    String refunds();

    String voids();

    /** Label of the number of items sold less those taken back. */
    String items();

    /** Label of the money taken, net of refunds and voids. */
    String revenue();

    String discounts();

    /** Label of the tax: contained in the prices when {@code included}, otherwise added on top. */
    String tax(boolean included);

    String tendersHeading();

    String tender(Tender tender);

    /** Label of the sum over all tenders. */
    String tendersTotal();

    String drawerHeading();

    String openingFloat();

    /** Label of cash taken in sales less cash paid back in refunds and voids. */
    String cashSales();

    String cashIn();

    String cashOut();

    String expected();

    String counted();

    /** Label of counted less expected, saying whether the drawer is over, short or right. */
    String difference(Balance balance);

    String movementsHeading();

    /** The direction of a cash movement: into the drawer or out of it. */
    String movement(boolean in);

    /** What the movements section says when no cash moved outside sales. */
    String noMovements();
}
