package app.counterpart.core.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.sales.SaleKind;
import org.junit.jupiter.api.Test;

class MovementKindTest {

    /** The sale commit copies sale.kind into stock_movement.kind, so every sale kind's code must be a movement code. */
    @Test
    void everySaleKindIsAMovementKindOfTheSameCode() {
        for (SaleKind kind : SaleKind.values()) {
            MovementKind movement = MovementKind.fromCode(kind.code());
            assertEquals(kind.code(), movement.code());
            assertTrue(movement.fromSale());
        }
    }

    @Test
    void codesRoundTrip() {
        for (MovementKind kind : MovementKind.values()) {
            assertEquals(kind, MovementKind.fromCode(kind.code()));
        }
    }
}
