package app.counterpart.core.customers.profile;

import app.counterpart.core.customers.Customer;
import java.util.Optional;

/** Reads a customer's profile and purchase history and saves changes to the contact. */
public interface ProfileRepository {

    Optional<CustomerProfile> profile(String customerId);

    /** The latest {@code limit} purchases, newest first, and the count of all. */
    PurchaseHistory purchases(String customerId, int limit);

    /**
     * Saves the changed fields of a customer (tags included) with an outbox row carrying the changed
     * fields and an audit row naming them, in one transaction. {@code before} is what the person saw:
     * if the stored customer differs from it, nothing is saved.
     *
     * @throws ProfileRefused if the phone number belongs to another customer or the customer changed meanwhile
     */
    void save(Customer before, Customer after, String staffId);
}
