package app.counterpart.core.stock;

/** A tracked, active product at or below its low-stock threshold, or below zero. */
public record LowStockItem(
        String productId,
        String sku,
        String name,
        String nameZh,
        String unit,
        int onHand,
        int lowStock) {

    /** How many units the product is below its threshold (0 when exactly at it). */
    public int shortfall() {
        return lowStock - onHand;
    }

    public String displayName(boolean chinese) {
        return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }
}
