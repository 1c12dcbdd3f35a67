package app.counterpart.core.customers;

import java.util.Optional;

/** Phone numbers as the shop stores them: digits, with an optional leading "+", 6 to 15 digits long. */
public final class Phones {

    private Phones() {
    }

    /** The stored form of what a person typed (spaces, dashes, dots and brackets dropped), or empty if it is no phone number. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().replaceAll("[\\s\\-.()]", "");
        String digits = t.startsWith("+") ? t.substring(1) : t;
        if (digits.length() < 6 || digits.length() > 15 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /**
     * For people who should not read a whole number: 138****4590, enough to recognise a regular, not
     * enough to call them. A number shorter than a mobile number keeps only its last half, at most four
     * digits (****5678), so that the mask never shows nearly all of it.
     */
    public static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        int shown = Math.min(4, phone.length() / 2);
        return "*".repeat(phone.length() - shown) + phone.substring(phone.length() - shown);
    }
}
