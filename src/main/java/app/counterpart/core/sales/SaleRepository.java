package app.counterpart.core.sales;

import java.util.List;

public interface SaleRepository {

    /**
     * Writes sales with their lines, payments, rollups, outbox rows and audit entries in one
     * transaction: either all of it is stored or none of it. Each line of a product that keeps
     * stock books one stock movement of the sale's kind (SALE, REFUND or VOID) that takes away the
     * line's quantity, so a refund or void line (negative quantity) puts stock back.
     */
    void commit(List<Sale> sales);

    long saleLineCount();
}
