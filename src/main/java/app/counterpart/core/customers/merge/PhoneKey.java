package app.counterpart.core.customers.merge;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * One phone number however it was written: "+86 138-1234-5678", "008613812345678", "8613812345678" and
 * "013812345678" are all 13812345678 in China. Records made before numbers were normalized, typed with
 * the country code on one visit and without it on the next, differ in the stored text but not here.
 */
public final class PhoneKey {

    /** Calling codes of the shops' home countries, by their currency; a number in another country keeps its "+". */
    private static final Map<String, String> CALLING_CODES = Map.of("CNY", "86", "HKD", "852", "MOP", "853",
            "TWD", "886", "SGD", "65", "JPY", "81", "GBP", "44", "USD", "1");

    /** The shortest national number taken as a phone number at all (with fewer digits it is a house number). */
    private static final int MIN_NATIONAL = 6;

    private final String callingCode;

    /** @param callingCode the shop's country calling code without "+", e.g. "86"; empty when not known */
    public PhoneKey(String callingCode) {
        this.callingCode = callingCode == null ? "" : callingCode;
    }

    /** For a shop keeping its books in this currency. */
    public static PhoneKey forCurrency(Currency currency) {
        return new PhoneKey(CALLING_CODES.getOrDefault(currency.getCurrencyCode(), ""));
    }

    /** The national number (digits, no trunk zero) of a home number, "+" and all digits for a foreign one. */
    public Optional<String> of(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String t = phone.strip();
        boolean international = t.startsWith("+") || t.startsWith("00");
        StringBuilder only = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                only.append(c);
            }
        }
        String digits = only.toString();
        if (t.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (!callingCode.isEmpty() && digits.startsWith(callingCode)
                && (international || digits.length() >= callingCode.length() + 9)) {
            digits = digits.substring(callingCode.length());
            international = false;
        }
        if (international) {
            return digits.length() >= MIN_NATIONAL ? Optional.of("+" + digits) : Optional.empty();
        }
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(zeros) == '0') {
            zeros++;
        }
        digits = digits.substring(zeros);
        return digits.length() >= MIN_NATIONAL && digits.length() <= 15 ? Optional.of(digits) : Optional.empty();
    }
}
