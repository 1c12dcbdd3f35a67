package app.counterpart.core.stock;

import java.util.Locale;

/**
 * Why stock moved. SALE, REFUND and VOID come only from committed sales (their codes equal the sale
 * kinds' codes); the others are booked by people through {@link StockService}.
 */
public enum MovementKind {
    SALE, REFUND, VOID, RECEIVING, ADJUSTMENT, COUNT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MovementKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** True for the kinds a committed sale books; they always carry the sale line they come from. */
    public boolean fromSale() {
        return this == SALE || this == REFUND || this == VOID;
    }
}
