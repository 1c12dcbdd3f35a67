package app.counterpart.core.sell;

import app.counterpart.core.sales.Tender;

/**
 * A payment taken towards an open cart. For cash, {@code amountMinor} is what the customer handed
 * over (change is worked out when the sale is complete); for every other tender it is the amount
 * charged, which may not exceed what is still due.
 */
public record TenderEntry(Tender tender, long amountMinor) {
}
