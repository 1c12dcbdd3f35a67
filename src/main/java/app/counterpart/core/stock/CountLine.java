package app.counterpart.core.stock;

import app.counterpart.core.catalog.Product;

/** One product of a stock count: what the ledger expected, what was counted, and the difference. */
public record CountLine(Product product, int expected, int counted) {

    /** What a count books: positive when more was found than the ledger held. */
    public int difference() {
        return counted - expected;
    }
}
