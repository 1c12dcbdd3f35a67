package app.counterpart.core.stock;

/**
 * A stock booking refused before anything was written, with a message for the person who asked
 * (it names the product's SKU) and the SKU itself so a screen can point at the row.
 */
public final class StockException extends IllegalArgumentException {

    private final String sku;

    public StockException(String sku, String message) {
        super(message);
        this.sku = sku;
    }

    /** The SKU of the product refused, or null when the product is unknown. */
    public String sku() {
        return sku;
    }
}
