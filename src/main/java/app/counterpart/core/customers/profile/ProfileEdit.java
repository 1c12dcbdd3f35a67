package app.counterpart.core.customers.profile;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRules;
import app.counterpart.core.customers.CustomerRules.Problem;
import app.counterpart.core.customers.Phones;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The rules of the profile editor: which fields may be saved, and which fields a save changes. */
public final class ProfileEdit {

    public static final String PHONE = "phone";
    public static final String CONSENT = "consent";

    private ProfileEdit() {
    }

    /**
     * Every problem of the edited customer, phone first, then as {@link CustomerRules#check} finds them.
     * A phone number may be left empty; {@code typedPhone} is what the person typed (the customer's phone
     * is its normalized form, or null when it is no phone number).
     */
    public static List<Problem> check(Customer edited, String typedPhone, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (typedPhone != null && !typedPhone.isBlank() && Phones.normalize(typedPhone).isEmpty()) {
            problems.add(new Problem(PHONE, "phone \"" + typedPhone.strip()
                    + "\" is not a phone number: 6 to 15 digits, optionally after a +"));
        }
        problems.addAll(CustomerRules.check(edited, today));
        return problems;
    }

    /**
     * The fields that differ between the two, in a fixed order, with their new values as text
     * (tags sorted and joined by "|"; an empty value as null).
     */
    public static Map<String, String> changes(Customer before, Customer after) {
        Map<String, String> changed = new LinkedHashMap<>();
        put(changed, CustomerRules.NAME, before.name(), after.name());
        put(changed, PHONE, before.phone(), after.phone());
        put(changed, CustomerRules.GENDER, before.gender(), after.gender());
        put(changed, CustomerRules.BIRTHDAY, text(before.birthday()), text(after.birthday()));
        put(changed, CustomerRules.TAGS, tags(before), tags(after));
        put(changed, "referred_by", before.referredBy(), after.referredBy());
        put(changed, CONSENT, String.valueOf(before.consent()), String.valueOf(after.consent()));
        put(changed, CustomerRules.JOINED, text(before.joinedOn()), text(after.joinedOn()));
        return changed;
    }

    private static void put(Map<String, String> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, after);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String tags(Customer c) {
        return c.tags().isEmpty() ? null : String.join("|", new TreeSet<>(c.tags()));
    }
}
