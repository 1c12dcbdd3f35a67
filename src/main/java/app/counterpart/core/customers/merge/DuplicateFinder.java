package app.counterpart.core.customers.merge;

import app.counterpart.core.customers.Customer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds records that may be one person. The phone column is unique, so two records never hold the same
 * text; what happens in shops is the same number written two ways (before numbers were normalized, or
 * with and without the country code), the number typed into the name, the same name with the same
 * birthday, and two devices each creating the customer while offline. Each pair is reported once, with
 * its strongest reason; pairs the owner marked as two people are left out. Linear in the customers
 * (grouping by key), so 100,000 customers take well under a second.
 */
public final class DuplicateFinder {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?[0-9][0-9 \\-.()]{4,}[0-9]");

    private final PhoneKey phoneKey;

    public DuplicateFinder(PhoneKey phoneKey) {
        this.phoneKey = phoneKey;
    }

    /**
     * @param customers the live customers (no tombstones)
     * @param heldPhones customer id to the phone number the record arrived with but could not keep
     * @param distinct pairs marked as two people, each as {@link #pairKey}
     */
    public List<DuplicatePair> find(List<Customer> customers, Map<String, String> heldPhones, Set<String> distinct) {
        Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
        Map<String, List<Customer>> byPhone = new HashMap<>();
        for (Customer c : customers) {
            phoneKey.of(c.phone()).ifPresent(k -> byPhone.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
        }
        for (Customer c : customers) {
            String held = heldPhones.get(c.id());
            phoneKey.of(held).ifPresent(k -> {
                for (Customer other : byPhone.getOrDefault(k, List.of())) {
                    add(pairs, distinct, c, other, DuplicateReason.SAME_PHONE_FROM_ANOTHER_DEVICE, held);
                }
            });
        }
        for (Map.Entry<String, List<Customer>> e : byPhone.entrySet()) {
            List<Customer> same = e.getValue();
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    add(pairs, distinct, same.get(i), same.get(j), DuplicateReason.SAME_PHONE_WRITTEN_DIFFERENTLY,
                            null);
                }
            }
        }
        for (Customer c : customers) {
            List<String> texts = new ArrayList<>(c.tags());
            texts.add(0, c.name());
            for (String text : texts) {
                if (text.chars().noneMatch(ch -> ch >= '0' && ch <= '9')) {
                    continue;
                }
                Matcher m = DIGIT_RUN.matcher(text);
                while (m.find()) {
                    String run = m.group();
                    phoneKey.of(run).ifPresent(k -> {
                        for (Customer other : byPhone.getOrDefault(k, List.of())) {
                            add(pairs, distinct, c, other, DuplicateReason.PHONE_IN_OTHER_RECORD, text);
                        }
                    });
                }
            }
        }
        Map<String, List<Customer>> byNameAndBirthday = new HashMap<>();
        for (Customer c : customers) {
            if (c.birthday() != null) {
                byNameAndBirthday.computeIfAbsent(foldName(c.name()) + "\u0000" + c.birthday(),
                        x -> new ArrayList<>()).add(c);
            }
        }
        for (List<Customer> same : byNameAndBirthday.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    add(pairs, distinct, same.get(i), same.get(j), DuplicateReason.SAME_NAME_AND_BIRTHDAY,
                            same.get(i).name() + ", " + same.get(i).birthday());
                }
            }
        }
        List<DuplicatePair> out = new ArrayList<>(pairs.values());
        out.sort(Comparator.comparing(DuplicatePair::reason).thenComparing(p -> p.keep().name())
                .thenComparing(p -> p.keep().id()));
        return out;
    }

    /** The key of an unordered pair of customer ids, as the store keeps pairs marked as two people. */
    public static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** A name as a person reads it: case, full-width forms and all spaces aside. */
    static String foldName(String name) {
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** @param evidence what matched; null for "both phone numbers", written as the kept one, then the other */
    private static void add(Map<String, DuplicatePair> pairs, Set<String> distinct, Customer a, Customer b,
            DuplicateReason reason, String evidence) {
        if (a.id().equals(b.id())) {
            return;
        }
        String key = pairKey(a.id(), b.id());
        if (distinct.contains(key)) {
            return;
        }
        Customer keep = older(a, b) ? a : b;
        Customer merge = keep == a ? b : a;
        // Reasons are added strongest first, so the first one found for a pair is the one to show.
        pairs.computeIfAbsent(key, k -> new DuplicatePair(keep, merge, reason,
                evidence != null ? evidence : keep.phone() + " = " + merge.phone()));
    }

    /** Whether a is the older member (joined first; on the same day, the smaller, i.e. earlier, UUIDv7). */
    private static boolean older(Customer a, Customer b) {
        int byDay = a.joinedOn().compareTo(b.joinedOn());
        return byDay != 0 ? byDay < 0 : a.id().compareTo(b.id()) < 0;
    }
}
