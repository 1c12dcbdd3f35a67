package app.counterpart.core.customers;

import java.time.LocalDate;
import java.util.Set;

public record Customer(
        String id,
        String phone,
        String name,
        String gender,
        LocalDate birthday,
        Set<String> tags,
        String referredBy,
        boolean consent,
        LocalDate joinedOn) {

    public Customer {
        tags = Set.copyOf(tags);
    }
}
