package app.counterpart.core.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The index with its one long key string and its jumps between customers finds exactly the customers a
 * plain per-customer "contains" finds, whatever the names, numbers, tags and query. Small alphabets make
 * hits frequent, on the first and last customer, in every field.
 */
class CustomerSearchPropertiesTest {

    @Provide
    Arbitrary<List<Customer>> customers() {
        Arbitrary<String> phone = Arbitraries.strings().withChars("1230").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> name = Arbitraries.strings().withChars("abé 徐涛李Z").ofMinLength(1).ofMaxLength(6);
        Arbitrary<Set<String>> tags = Arbitraries.strings().withChars("ab徐-").ofMinLength(1).ofMaxLength(4).set()
                .ofMaxSize(3);
        Arbitrary<Customer> customer = Combinators.combine(phone, name, tags).as((p, n, t) ->
                new Customer("id", p.isEmpty() ? null : p, n, null, null, t, null, false, LocalDate.of(2026, 1, 1)));
        return customer.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> word = Arbitraries.strings().withChars("ab12é徐涛zx").ofMinLength(1).ofMaxLength(3);
        return word.list().ofMinSize(1).ofMaxSize(2).map(words -> String.join(" ", words));
    }

    /** What a person means by a match: every word of the query inside one field of the customer. */
    private static boolean reference(Customer c, List<String> words) {
        NamePinyin.Reading reading = new NamePinyin().of(c.name());
        List<String> fields = new ArrayList<>(List.of(c.phone() == null ? "" : c.phone(), CustomerSearch.fold(c.name()),
                reading.initials(), reading.spaced(), reading.joined()));
        c.tags().forEach(t -> fields.add(CustomerSearch.fold(t)));
        return words.stream().allMatch(w -> fields.stream().anyMatch(f -> f.contains(w)));
    }

    @Property(tries = 500)
    void findsExactlyTheCustomersHoldingEveryWord(@ForAll("customers") List<Customer> customers,
            @ForAll("queries") String query) {
        // Digits and spaces alone are a phone number typed in groups: "138 1234" means 1381234.
        List<String> words = query.matches("[0-9 ]+") ? List.of(query.replace(" ", ""))
                : List.of(CustomerSearch.fold(query).split(" "));
        List<Customer> expected = customers.stream().filter(c -> reference(c, words)).toList();
        CustomerSearch search = new CustomerSearch(customers);

        for (int limit : new int[] {0, 1, 5, 100}) {
            CustomerSearch.Result result = search.search(query, limit);
            assertEquals(expected.size(), result.matches(), query + " in " + customers);
            assertEquals(Math.min(limit, expected.size()), result.customers().size());
            assertTrue(expected.containsAll(result.customers()));
            if (limit == 100) {
                assertEquals(new HashSet<>(expected), new HashSet<>(result.customers()));
            }
        }
    }
}
