package app.counterpart.core.demo;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.Csv;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.common.Money;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.PinHasher;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the text of the sample-data files into a {@link DemoShop}. Ids and PIN salts come from the
 * seed, so the same files and seed always give the same rows.
 */
public final class SampleData {

    public static final List<String> FILES =
            List.of("shop.properties", "categories.csv", "products.csv", "customers.csv", "staff.csv");

    // Ids of static rows carry a fixed instant, not "now", so a rebuilt demo shop is identical.
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private SampleData() {
    }

    /** @param files file name to its decoded text, for every name in {@link #FILES} */
    public static DemoShop parse(Map<String, String> files, long seed) {
        IdGenerator ids = new IdGenerator(Clock.fixed(EPOCH, ZoneOffset.UTC), new Random(seed));
        Properties props = new Properties();
        try {
            props.load(new StringReader(require(files, "shop.properties")));
        } catch (IOException e) {
            throw new IllegalArgumentException("shop.properties: " + e.getMessage(), e);
        }
        Shop shop = new Shop(ids.next(), props.getProperty("name.en"), props.getProperty("name.zh"),
                Currency.getInstance(props.getProperty("currency", "CNY")),
                ZoneId.of(props.getProperty("zone", "Asia/Shanghai")),
                Integer.parseInt(props.getProperty("business_day_cutoff_hour", "4")),
                Boolean.parseBoolean(props.getProperty("prices_include_tax", "true")),
                props.getProperty("address.en"), props.getProperty("phone"));

        Map<String, Category> categoriesByCode = new HashMap<>();
        List<Category> categories = new ArrayList<>();
        for (Map<String, String> row : table(files, "categories.csv")) {
            Category c = new Category(ids.next(), row.get("code"), row.get("name_en"), row.get("name_zh"),
                    row.get("color"), categories.size());
            categories.add(c);
            categoriesByCode.put(c.code(), c);
        }

        List<Product> products = new ArrayList<>();
        for (Map<String, String> row : table(files, "products.csv")) {
            Category category = categoriesByCode.get(row.get("category"));
            if (category == null) {
                throw new IllegalArgumentException("products.csv: unknown category " + row.get("category"));
            }
            products.add(new Product(ids.next(), row.get("sku"), Arrays.asList(row.get("barcodes").split("\\|")),
                    category.id(), row.get("name_en"), row.get("name_zh"), row.get("unit"),
                    Money.parse(row.get("price"), shop.currency()), Money.parse(row.get("cost"), shop.currency()),
                    new BigDecimal(row.get("tax_rate")).movePointRight(2).intValueExact(),
                    Boolean.parseBoolean(row.get("active")), row.get("color"),
                    Integer.parseInt(row.get("low_stock")), !"false".equals(row.get("track_stock"))));
        }

        Map<String, String> customerIdByPhone = new HashMap<>();
        List<Customer> customers = new ArrayList<>();
        for (Map<String, String> row : table(files, "customers.csv")) {
            String id = ids.next();
            String referrerPhone = row.get("referred_by");
            String referrer = referrerPhone.isEmpty() ? null : customerIdByPhone.get(referrerPhone);
            if (!referrerPhone.isEmpty() && referrer == null) {
                throw new IllegalArgumentException("customers.csv: referrer " + referrerPhone + " must come earlier");
            }
            customerIdByPhone.put(row.get("phone"), id);
            customers.add(new Customer(id, row.get("phone"), row.get("name"), emptyToNull(row.get("gender")),
                    date(row.get("birthday")), tags(row.get("tags")), referrer,
                    Boolean.parseBoolean(row.get("consent")), LocalDate.parse(row.get("joined"))));
        }

        PinHasher pins = new PinHasher(PinHasher.DEFAULT_ITERATIONS, new Random(seed ^ 0x5EED));
        List<Staff> staff = new ArrayList<>();
        for (Map<String, String> row : table(files, "staff.csv")) {
            staff.add(new Staff(ids.next(), row.get("code"), row.get("name"), row.get("name_zh"),
                    Role.fromCode(row.get("role")), StaffKind.fromCode(row.get("kind")), pins.hash(row.get("pin")),
                    row.get("phone"), date(row.get("hired")), true));
        }
        return new DemoShop(shop, categories, products, customers, staff,
                Integer.parseInt(props.getProperty("opening_hour", "8")),
                Integer.parseInt(props.getProperty("closing_hour", "22")));
    }

    private static String require(Map<String, String> files, String name) {
        String text = files.get(name);
        if (text == null) {
            throw new IllegalArgumentException("sample data is missing " + name);
        }
        return text;
    }

    private static List<Map<String, String>> table(Map<String, String> files, String name) {
        List<Csv.Row> rows = Csv.parse(require(files, name));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        List<String> header = rows.get(0).fields();
        List<Map<String, String>> out = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.size()) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": expected " + header.size()
                        + " fields, found " + row.fields().size());
            }
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), row.get(i).trim());
            }
            out.add(map);
        }
        return out;
    }

    private static Set<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : text.split("\\|")) {
            if (!t.isBlank()) {
                tags.add(t.trim());
            }
        }
        return tags;
    }

    private static LocalDate date(String text) {
        return map(text, LocalDate::parse);
    }

    private static String emptyToNull(String text) {
        return map(text, Function.identity());
    }

    private static <T> T map(String text, Function<String, T> f) {
        return text == null || text.isEmpty() ? null : f.apply(text);
    }
}
