package app.counterpart.core.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A committed sale, refund or void with its lines and payments, as it is stored and synced. */
public record Sale(
        String id,
        String number,
        SaleKind kind,
        String originalSaleId,
        String deviceId,
        String shiftId,
        String cashierId,
        String servedById,
        String customerId,
        Instant createdAt,
        LocalDate businessDay,
        int hour,
        String currency,
        long subtotalMinor,
        long discountMinor,
        long taxMinor,
        long totalMinor,
        long costMinor,
        int itemCount,
        List<SaleLine> lines,
        List<Payment> payments) {

    public Sale {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    /** The same sale with its receipt number, which the store gives it as it commits. */
    public Sale withNumber(String newNumber) {
        return new Sale(id, newNumber, kind, originalSaleId, deviceId, shiftId, cashierId, servedById, customerId,
                createdAt, businessDay, hour, currency, subtotalMinor, discountMinor, taxMinor, totalMinor, costMinor,
                itemCount, lines, payments);
    }
}
