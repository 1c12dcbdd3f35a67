package app.counterpart.core.customers.csv;

import app.counterpart.core.common.Csv;
import app.counterpart.core.customers.Customer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Customers as CSV text in exactly the format the import reads, so exporting and importing again
 * changes nothing. A referrer is written as their phone number, the key the import looks customers up
 * by.
 */
public final class CustomerCsvWriter {

    private CustomerCsvWriter() {
    }

    /** The header line and one line per customer, oldest members first (then by phone), LF line ends. */
    public static String write(Collection<Customer> customers) {
        Map<String, String> phoneById = new HashMap<>();
        customers.forEach(c -> phoneById.put(c.id(), c.phone()));
        StringBuilder out = new StringBuilder(128 + customers.size() * 80);
        out.append(Csv.line(Arrays.stream(CustomerColumn.values()).map(CustomerColumn::header).toList())).append('\n');
        customers.stream()
                .sorted(Comparator.comparing(Customer::joinedOn)
                        .thenComparing(Customer::phone, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(c -> out.append(Csv.line(List.of(
                        orEmpty(c.phone()),
                        c.name(),
                        orEmpty(c.gender()),
                        c.birthday() == null ? "" : c.birthday().toString(),
                        String.join("|", new TreeSet<>(c.tags())),
                        c.referredBy() == null ? "" : orEmpty(phoneById.get(c.referredBy())),
                        Boolean.toString(c.consent()),
                        c.joinedOn().toString()))).append('\n'));
        return out.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
