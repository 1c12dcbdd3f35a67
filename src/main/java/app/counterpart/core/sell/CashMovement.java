package app.counterpart.core.sell;

import java.time.Instant;

/** Cash put into or taken out of the drawer outside a sale (change top-up, bank drop, petty cash). */
public record CashMovement(String id, String shiftId, long amountMinor, String reason, String staffId, Instant at) {
    /** Positive amounts go into the drawer, negative ones come out. */
    public boolean isIn() {
        return amountMinor > 0;
    }
}
