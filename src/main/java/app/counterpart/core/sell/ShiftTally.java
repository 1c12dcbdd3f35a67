package app.counterpart.core.sell;

import app.counterpart.core.sales.Tender;
import java.util.EnumMap;
import java.util.Map;

/**
 * A shift's running totals, kept up to date in each sale's transaction so closing a shift reads one
 * row per tender instead of rescanning its sales. Tender amounts are net: refunds paid out subtract.
 */
public record ShiftTally(
        int salesCount,
        int refundCount,
        int voidCount,
        long revenueMinor,
        long taxMinor,
        long discountMinor,
        int itemCount,
        Map<Tender, Long> byTender,
        long cashInMinor,
        long cashOutMinor) {

    public ShiftTally {
        EnumMap<Tender, Long> copy = new EnumMap<>(Tender.class);
        copy.putAll(byTender);
        byTender = java.util.Collections.unmodifiableMap(copy);
    }

    public static ShiftTally empty() {
        return new ShiftTally(0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0);
    }

    public long tendered(Tender t) {
        return byTender.getOrDefault(t, 0L);
    }

    /** Cash the drawer should hold: the float, cash taken less cash paid out, and movements in and out. */
    public long expectedCash(long openingFloatMinor) {
        return openingFloatMinor + tendered(Tender.CASH) + cashInMinor - cashOutMinor;
    }
}
