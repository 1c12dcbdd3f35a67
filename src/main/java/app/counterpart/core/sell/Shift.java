package app.counterpart.core.sell;

import java.time.Instant;

/** A cashier's shift on this till: opened with a cash float, closed with the cash counted. */
public record Shift(
        String id,
        String deviceId,
        String openedBy,
        Instant openedAt,
        long openingFloatMinor,
        String closedBy,
        Instant closedAt,
        Long countedCashMinor,
        Long expectedCashMinor) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
