package app.counterpart.core.demo;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import java.util.List;

/** The static part of the demo shop, as read from sample-data/: who and what, but no sales yet. */
public record DemoShop(
        Shop shop,
        List<Category> categories,
        List<Product> products,
        List<Customer> customers,
        List<Staff> staff,
        int openingHour,
        int closingHour) {
}
