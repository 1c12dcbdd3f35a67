package app.counterpart.core.incentives;

import app.counterpart.core.sales.SaleKind;
import java.time.LocalDate;

/**
 * One sale, refund or void line as the incentive engine sees it. Amounts are signed minor units as
 * stored: a refund or void line is negative. {@code originalLineId} names the line a refund undoes.
 *
 * @param firstSaleOfCustomer the sale is the customer's first purchase that was not voided
 * @param customerBroughtBy   the partner (staff id) who brought the customer, or null
 * @param completesFullRefund on a refund line: this refund leaves nothing of the original sale standing
 *                            (with the earlier refunds, every line of it is refunded in full), so a
 *                            new-customer or referral bonus paid on that sale is reversed
 */
public record SoldLine(
        String saleId,
        String saleNumber,
        SaleKind kind,
        String lineId,
        String originalSaleId,
        String originalLineId,
        LocalDate businessDay,
        String servedById,
        String customerId,
        boolean firstSaleOfCustomer,
        String customerBroughtBy,
        String productId,
        String categoryId,
        int quantity,
        long unitPriceMinor,
        long discountMinor,
        long taxMinor,
        long totalMinor,
        boolean completesFullRefund) {
}
