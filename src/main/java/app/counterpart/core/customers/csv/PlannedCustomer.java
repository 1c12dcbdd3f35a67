package app.counterpart.core.customers.csv;

import app.counterpart.core.customers.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One good row of an import file and what it does to the customer list.
 *
 * @param line the row's line in the file (header = line 1)
 * @param before the customer as the store holds them now; null when the row adds a customer
 * @param after the customer as the import will save them (same id and phone as {@code before} for an update)
 */
public record PlannedCustomer(int line, Customer before, Customer after) {

    public boolean creates() {
        return before == null;
    }

    /** The CSV columns whose values differ between before and after; every column for a new customer. */
    public List<CustomerColumn> changedColumns() {
        return changedColumns(before, after);
    }

    /** The CSV columns whose values differ between two versions of a customer; every column when before is null. */
    public static List<CustomerColumn> changedColumns(Customer before, Customer after) {
        if (before == null) {
            return List.of(CustomerColumn.values());
        }
        List<CustomerColumn> changed = new ArrayList<>();
        add(changed, CustomerColumn.PHONE, before.phone(), after.phone());
        add(changed, CustomerColumn.NAME, before.name(), after.name());
        add(changed, CustomerColumn.GENDER, before.gender(), after.gender());
        add(changed, CustomerColumn.BIRTHDAY, before.birthday(), after.birthday());
        add(changed, CustomerColumn.TAGS, before.tags(), after.tags());
        add(changed, CustomerColumn.REFERRED_BY, before.referredBy(), after.referredBy());
        add(changed, CustomerColumn.CONSENT, before.consent(), after.consent());
        add(changed, CustomerColumn.JOINED, before.joinedOn(), after.joinedOn());
        return changed;
    }

    private static void add(List<CustomerColumn> changed, CustomerColumn column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(column);
        }
    }
}
