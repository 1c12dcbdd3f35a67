package app.counterpart.core.stock;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the stock ledger, never edited: on hand is the sum of a product's movements.
 * {@code quantity} is signed (a sale takes stock away, a receiving adds it); {@code saleLineId} names
 * the sale line a SALE, REFUND or VOID movement comes from; {@code staffId} and {@code reason} may be
 * null.
 */
public record StockMovement(
        String id,
        String productId,
        MovementKind kind,
        int quantity,
        String saleLineId,
        String staffId,
        String reason,
        Instant createdAt) {

    public StockMovement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        if (quantity == 0) {
            throw new IllegalArgumentException("a stock movement must move something");
        }
    }
}
