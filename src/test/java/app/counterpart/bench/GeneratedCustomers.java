package app.counterpart.bench;

import app.counterpart.core.customers.Customer;
import app.counterpart.testing.DemoFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A large customer list that looks like the demo shop's, for benchmarks: Chinese names recombined from
 * the demo's surnames and given names, the demo's Latin names with a number, unique mobile numbers,
 * and the tags of a random demo customer. The same count and seed always give the same list.
 */
final class GeneratedCustomers {

    private GeneratedCustomers() {
    }

    static List<Customer> generate(int count, long seed) {
        List<Customer> demo = DemoFixture.demoShop().customers();
        List<String> surnames = new ArrayList<>();
        List<String> givenNames = new ArrayList<>();
        List<String> latinNames = new ArrayList<>();
        for (Customer c : demo) {
            if (c.name().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                surnames.add(c.name().substring(0, 1));
                givenNames.add(c.name().substring(1));
            } else {
                latinNames.add(c.name());
            }
        }
        Random random = new Random(seed);
        Set<String> phones = new HashSet<>();
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String phone;
            do {
                phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            } while (!phones.add(phone));
            // About one in twelve is a foreign resident, as in the demo.
            String name = random.nextInt(12) == 0
                    ? latinNames.get(random.nextInt(latinNames.size())) + " " + (i / latinNames.size())
                    : surnames.get(random.nextInt(surnames.size())) + givenNames.get(random.nextInt(givenNames.size()));
            Customer model = demo.get(random.nextInt(demo.size()));
            customers.add(new Customer("gen-" + i, phone, name, model.gender(), model.birthday(), model.tags(), null,
                    model.consent(), LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1_050))));
        }
        return customers;
    }
}
