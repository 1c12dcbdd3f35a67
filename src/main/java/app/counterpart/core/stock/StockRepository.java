package app.counterpart.core.stock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The stock ledger. Movements are only ever added; each product's on-hand figure is kept equal to
 * the sum of its movements in the same transaction as the movements. Movements of sales (SALE,
 * REFUND, VOID) are booked by {@link app.counterpart.core.sales.SaleRepository#commit} with the sale.
 */
public interface StockRepository {

    /**
     * Adds receiving, adjustment and count movements and updates on hand, in one transaction: all
     * of them or none.
     *
     * @throws IllegalArgumentException for a SALE, REFUND or VOID movement, which only a sale books
     */
    void record(List<StockMovement> movements);

    /**
     * Reads the on-hand figures of the products, asks {@code movementsFor} which movements to book
     * against them and records those, all in one transaction, so no sale can land between reading and
     * booking. A stock count books its differences this way.
     *
     * @param movementsFor gets product id → on hand (0 for a product that never moved), returns the
     *     movements to record; it runs inside the write transaction, so it should only compute
     * @return the movements recorded
     */
    List<StockMovement> recordAgainstOnHand(Collection<String> productIds,
            Function<Map<String, Integer>, List<StockMovement>> movementsFor);

    /** On hand for every product that keeps stock; 0 for those that never moved. */
    Map<String, Integer> onHand();

    /** On hand of one product; 0 when it never moved. */
    int onHand(String productId);

    /** The product's latest movements, newest first (and last booked first within the same instant). */
    List<StockMovement> movements(String productId, int limit);

    /**
     * Active products that keep stock and are at or below their low-stock threshold (when they have
     * one) or below zero, the furthest below first.
     */
    List<LowStockItem> lowStock();

    /**
     * Ids of products whose stored on-hand figure differs from the sum of their movements, in id
     * order; empty when the ledger is consistent. For tests and a health check, not for screens: it
     * reads every movement.
     */
    List<String> ledgerMismatches();
}
