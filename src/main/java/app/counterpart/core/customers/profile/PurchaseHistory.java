package app.counterpart.core.customers.profile;

import java.util.List;

/** The latest purchases of a customer, newest first, and how many there are in all. */
public record PurchaseHistory(List<Purchase> latest, int total) {

    public PurchaseHistory {
        latest = List.copyOf(latest);
    }
}
