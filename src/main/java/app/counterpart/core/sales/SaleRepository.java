package app.counterpart.core.sales;

import java.util.List;

public interface SaleRepository {

    /**
     * Writes sales with their lines, payments, rollups, outbox rows and audit entries in one
     * transaction: either all of it is stored or none of it.
     */
    void commit(List<Sale> sales);

    long saleLineCount();
}
