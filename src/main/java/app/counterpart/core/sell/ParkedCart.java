package app.counterpart.core.sell;

import java.time.Instant;

/** A cart set aside so the till can serve someone else; resumed later exactly as it was. */
public record ParkedCart(String id, String label, int itemCount, long netMinor, String customerName, Instant parkedAt) {
}
