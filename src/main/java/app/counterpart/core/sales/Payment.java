package app.counterpart.core.sales;

/** One tender of a sale; cash may carry the amount handed over and the change given back. */
public record Payment(String id, int seq, Tender tender, long amountMinor, Long tenderedMinor, long changeMinor) {
}
