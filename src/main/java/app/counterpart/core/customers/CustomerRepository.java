package app.counterpart.core.customers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CustomerRepository {

    List<Customer> customers();

    /** Adds customers with their tags in one transaction; a referrer must be added before or with them. */
    void addAll(Collection<Customer> customers);

    int count();

    /** The customer with this (normalized) phone number. */
    Optional<Customer> byPhone(String phone);

    Optional<Customer> byId(String id);

    /** Prepaid store credit sold to customers (the demo's members top up before they spend it). */
    void topUpStoreCredit(java.util.Map<String, Long> amountsByCustomer, java.time.Instant at);
}
