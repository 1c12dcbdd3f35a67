package app.counterpart.ui.staff.incentives;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.customers.care.Team;
import app.counterpart.core.staff.Staff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names the incentive screens show instead of ids: people, categories, products and teams, read
 * together in the background.
 */
public record IncentiveLookups(List<Staff> staff, List<Category> categories, List<Product> products, List<Team> teams) {

    public static final IncentiveLookups EMPTY = new IncentiveLookups(List.of(), List.of(), List.of(), List.of());

    public IncentiveLookups {
        staff = List.copyOf(staff);
        categories = List.copyOf(categories);
        products = List.copyOf(products);
        teams = List.copyOf(teams);
    }

    /** The names by id, in the screen's language; an unknown id reads as itself. */
    public Names names(boolean chinese) {
        Map<String, String> people = new HashMap<>();
        staff.forEach(s -> people.put(s.id(), s.displayName(chinese)));
        Map<String, String> cats = new HashMap<>();
        categories.forEach(c -> cats.put(c.id(), chinese && c.nameZh() != null && !c.nameZh().isBlank()
                ? c.nameZh() : c.name()));
        Map<String, String> prods = new HashMap<>();
        products.forEach(p -> prods.put(p.id(), p.displayName(chinese)));
        Map<String, String> teamNames = new HashMap<>();
        teams.forEach(t -> teamNames.put(t.id(), t.name()));
        return new Names(people, cats, prods, teamNames);
    }

    public record Names(Map<String, String> people, Map<String, String> categories, Map<String, String> products,
            Map<String, String> teams) {

        public String person(String id) {
            return id == null ? "" : people.getOrDefault(id, id);
        }

        public String category(String id) {
            return id == null ? "" : categories.getOrDefault(id, id);
        }

        public String product(String id) {
            return id == null ? "" : products.getOrDefault(id, id);
        }

        public String team(String id) {
            return id == null ? "" : teams.getOrDefault(id, id);
        }
    }
}
