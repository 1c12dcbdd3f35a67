package app.counterpart.core.sell;

import java.util.List;

/** The customer attached to a cart, with what the cashier should see while serving them. */
public record CartCustomer(String id, String name, String phone, List<String> tags, long storeCreditMinor) {

    public CartCustomer {
        tags = List.copyOf(tags);
    }
}
