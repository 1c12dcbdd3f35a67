package app.counterpart.core.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a customer record must look like before it is saved, whoever enters it: the CSV import today,
 * the profile editor later. Each problem names the field (the CSV column name) and says in English
 * what is wrong with which value. The phone number is checked by {@link Phones}.
 */
public final class CustomerRules {

    /** One thing wrong with one field. */
    public record Problem(String field, String message) {
    }

    public static final String NAME = "name";
    public static final String GENDER = "gender";
    public static final String BIRTHDAY = "birthday";
    public static final String TAGS = "tags";
    public static final String JOINED = "joined";

    /** Long enough for any real name with a nickname in brackets; more is a note pasted into the wrong cell. */
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_TAG_LENGTH = 32;
    public static final int MAX_TAGS = 20;
    /** What separates tags in one cell of a CSV file, so a tag cannot hold them. */
    public static final String TAG_SEPARATORS = "|,;，；、";
    /** Dates before this are typos (a two-digit year read as 19xx or 00xx), not customers. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private CustomerRules() {
    }

    /** Every problem of the customer, in field order; empty when it may be saved. */
    public static List<Problem> check(Customer c, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        checkName(c.name(), problems);
        if (c.gender() != null && !c.gender().equals("F") && !c.gender().equals("M")) {
            problems.add(new Problem(GENDER, "gender " + quoted(c.gender()) + " is not F, M or unknown"));
        }
        boolean birthdayOk = checkDate(BIRTHDAY, "birthday", c.birthday(), today, problems);
        checkTags(c, problems);
        boolean joinedOk = checkDate(JOINED, "joined", c.joinedOn(), today, problems);
        // A birthday that is wrong anyway says nothing about the joined date.
        if (birthdayOk && joinedOk && c.birthday() != null && c.joinedOn() != null
                && c.joinedOn().isBefore(c.birthday())) {
            problems.add(new Problem(JOINED, "joined " + c.joinedOn() + " is before the birthday " + c.birthday()));
        }
        return problems;
    }

    private static void checkName(String name, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new Problem(NAME, "name is empty"));
            return;
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME_LENGTH) {
            problems.add(new Problem(NAME, "name " + quoted(abbreviated(name)) + " is " + length
                    + " characters long; at most " + MAX_NAME_LENGTH + " are allowed"));
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Problem(NAME, "name " + quoted(abbreviated(name.replaceAll("\\p{Cntrl}", " ")))
                    + " holds a line break or another control character"));
        }
    }

    private static void checkTags(Customer c, List<Problem> problems) {
        if (c.tags().size() > MAX_TAGS) {
            problems.add(new Problem(TAGS, c.tags().size() + " tags; at most " + MAX_TAGS + " are allowed"));
        }
        c.tags().stream().sorted().forEach(tag -> {
            int length = tag.codePointCount(0, tag.length());
            if (tag.isBlank()) {
                problems.add(new Problem(TAGS, "a tag is empty"));
            } else if (length > MAX_TAG_LENGTH) {
                problems.add(new Problem(TAGS, "tag " + quoted(abbreviated(tag)) + " is " + length
                        + " characters long; at most " + MAX_TAG_LENGTH + " are allowed"));
            } else if (tag.chars().anyMatch(Character::isISOControl)) {
                problems.add(new Problem(TAGS, "tag " + quoted(abbreviated(tag.replaceAll("\\p{Cntrl}", " ")))
                        + " holds a line break or another control character"));
            } else if (tag.chars().anyMatch(ch -> TAG_SEPARATORS.indexOf(ch) >= 0)) {
                problems.add(new Problem(TAGS, "tag " + quoted(abbreviated(tag)) + " holds one of "
                        + String.join(" ", TAG_SEPARATORS.split("")) + ", which separate tags"));
            }
        });
    }

    /** Whether the date is fine (or absent); adds its problem otherwise. */
    private static boolean checkDate(String field, String label, LocalDate date, LocalDate today,
            List<Problem> problems) {
        if (date == null) {
            return true;
        }
        if (date.isAfter(today)) {
            problems.add(new Problem(field, label + " " + date + " is in the future"));
            return false;
        }
        if (date.isBefore(EARLIEST)) {
            problems.add(new Problem(field, label + " " + date + " is before " + EARLIEST.getYear()));
            return false;
        }
        return true;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static String abbreviated(String value) {
        return value.codePointCount(0, value.length()) <= 24 ? value
                : value.substring(0, value.offsetByCodePoints(0, 20)) + "…";
    }
}
