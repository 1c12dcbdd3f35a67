package app.counterpart.core.customers;

import java.util.Collection;
import java.util.List;

public interface CustomerRepository {

    List<Customer> customers();

    /** Adds customers with their tags in one transaction; a referrer must be added before or with them. */
    void addAll(Collection<Customer> customers);

    int count();
}
