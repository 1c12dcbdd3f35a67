package app.counterpart.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Money is a long count of the currency's minor units. Every rounding rule of the app lives here so
 * that a tax or discount is computed the same way on the till, in a report and at head office.
 */
public final class Money {

    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Money() {
    }

    /** Tax contained in a tax-inclusive amount: amount * rate / (1 + rate), half up. */
    public static long taxIncluded(long grossMinor, int rateBasisPoints) {
        if (rateBasisPoints == 0 || grossMinor == 0) {
            return 0;
        }
        return divideHalfUp(Math.multiplyExact(grossMinor, rateBasisPoints), 10_000L + rateBasisPoints);
    }

    /** Tax added on top of a net amount: amount * rate, half up. */
    public static long taxOnTop(long netMinor, int rateBasisPoints) {
        return divideHalfUp(Math.multiplyExact(netMinor, rateBasisPoints), 10_000L);
    }

    /** A percentage (in basis points) of an amount, half up. */
    public static long percentOf(long amountMinor, int basisPoints) {
        return divideHalfUp(Math.multiplyExact(amountMinor, basisPoints), 10_000L);
    }

    /** Integer division rounding half away from zero, for signed amounts (refunds are negative). */
    public static long divideHalfUp(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        long quotient = numerator / denominator;
        long remainder = Math.abs(numerator % denominator);
        if (remainder * 2 >= denominator) {
            quotient += numerator < 0 ? -1 : 1;
        }
        return quotient;
    }

    /** Parses a decimal amount such as "18.50" into minor units of the currency; rejects extra digits. */
    public static long parse(String text, Currency currency) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty amount");
        }
        // Plain decimals only: BigDecimal would also take "1e2", which no person means as an amount.
        if (!PLAIN_DECIMAL.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("not a number: " + text.trim());
        }
        BigDecimal value = new BigDecimal(text.trim());
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.scale() > digits && value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("too many decimals for " + currency.getCurrencyCode() + ": " + text.trim());
        }
        try {
            return value.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount out of range: " + text.trim());
        }
    }

    /** Plain decimal text, e.g. 1850 CNY → "18.50", as used in CSV files. */
    public static String plain(long minor, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /** Localized text with the currency symbol, e.g. "¥18.50". */
    public static String format(long minor, Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        String text = format.format(BigDecimal.valueOf(minor, digits));
        // The JDK spells yuan "CN¥" outside a Chinese locale; shops read "¥".
        return text.replace("CN¥", "¥");
    }
}
