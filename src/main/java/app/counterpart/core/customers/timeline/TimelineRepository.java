package app.counterpart.core.customers.timeline;

import java.util.List;
import java.util.Optional;

/** The stored service timeline. Entries are only ever added. */
public interface TimelineRepository {

    /** Every entry of one customer, oldest first. */
    List<ServiceEntry> entries(String customerId);

    /** The customer's newest entry (a correction counts as an entry). */
    Optional<ServiceEntry> latest(String customerId);

    Optional<ServiceEntry> entry(String id);

    /**
     * Adds an entry and its outbox row in one transaction.
     *
     * @throws TimelineException {@code UNKNOWN_CUSTOMER} when the customer is not in the store
     */
    void add(ServiceEntry entry);

    /** Adds history in bulk (the demo's), each entry with its outbox row, in one transaction. */
    void addAll(List<ServiceEntry> entries);
}
