package app.counterpart.core.sell;

import java.time.Instant;
import java.time.LocalDate;

/** Where, when and by whom a sale, refund or void is recorded. */
public record SaleStamp(String deviceId, String shiftId, String cashierId, Instant at, LocalDate businessDay, int hour,
        String currency) {
}
