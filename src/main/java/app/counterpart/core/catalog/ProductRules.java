package app.counterpart.core.catalog;

import app.counterpart.core.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a product must look like before it is saved, whoever enters it: the CSV import today, the
 * product editor later. Each problem names the field (the CSV column name) and says in English what
 * is wrong with which value, so a person can fix it without guessing.
 */
public final class ProductRules {

    /** One thing wrong with one field. */
    public record Problem(String field, String message) {
    }

    public static final String SKU = "sku";
    public static final String BARCODES = "barcodes";
    public static final String NAME_EN = "name_en";
    public static final String NAME_ZH = "name_zh";
    public static final String UNIT = "unit";
    public static final String PRICE = "price";
    public static final String COST = "cost";
    public static final String TAX_RATE = "tax_rate";
    public static final String COLOR = "color";
    public static final String LOW_STOCK = "low_stock";

    public static final int MAX_SKU_LENGTH = 32;
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_UNIT_LENGTH = 16;
    public static final int MAX_BARCODE_LENGTH = 64;
    /** Highest sensible price in major units; above it a price is almost surely a typo (an extra zero or two). */
    public static final long MAX_PRICE_MAJOR = 100_000;
    /** A cost above this many times the price is almost surely a typo too. */
    public static final int MAX_COST_TO_PRICE = 10;
    public static final int MAX_TAX_RATE_BP = 10_000;

    private static final Pattern BARCODE_CHARS = Pattern.compile("[0-9A-Za-z-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    // Excel shows a long number such as 6901234567892 as 6.90123E+12 and saves it that way in a CSV.
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private ProductRules() {
    }

    /** Every problem of the product, in field order; empty when it may be saved. */
    public static List<Problem> check(Product p, Currency currency) {
        List<Problem> problems = new ArrayList<>();
        checkSku(p.sku(), problems);
        checkBarcodes(p.barcodes(), problems);
        checkName(NAME_EN, "English name", p.name(), true, problems);
        checkName(NAME_ZH, "Chinese name", p.nameZh(), false, problems);
        checkUnit(p.unit(), problems);
        checkPrices(p.priceMinor(), p.costMinor(), currency, problems);
        if (p.taxRateBp() < 0 || p.taxRateBp() > MAX_TAX_RATE_BP) {
            problems.add(new Problem(TAX_RATE, "tax rate " + percent(p.taxRateBp()) + " % is outside 0 to 100 %"));
        }
        if (p.color() != null && !p.color().isEmpty() && !COLOUR.matcher(p.color()).matches()) {
            problems.add(new Problem(COLOR, "colour " + quoted(p.color()) + " is not of the form #RRGGBB"));
        }
        if (p.lowStock() < 0) {
            problems.add(new Problem(LOW_STOCK, "low-stock level " + p.lowStock() + " is negative"));
        }
        return problems;
    }

    /**
     * The GS1 check digit (EAN-8, UPC-A, EAN-13) for the digits before it: weights 3 and 1 from the
     * right, and the digit that brings the sum to a multiple of ten.
     */
    public static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        int weight = 3;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            sum += (digitsWithoutCheck.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    private static void checkSku(String sku, List<Problem> problems) {
        if (sku == null || sku.isBlank()) {
            problems.add(new Problem(SKU, "SKU is empty"));
            return;
        }
        int length = sku.codePointCount(0, sku.length());
        if (length > MAX_SKU_LENGTH) {
            problems.add(new Problem(SKU, "SKU " + quoted(sku) + " is " + length + " characters long; at most "
                    + MAX_SKU_LENGTH + " are allowed"));
        }
        if (sku.codePoints().anyMatch(Character::isWhitespace)) {
            problems.add(new Problem(SKU, "SKU " + quoted(sku) + " contains a space"));
        }
    }

    private static void checkBarcodes(List<String> barcodes, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (String code : barcodes) {
            if (code == null || code.isEmpty()) {
                problems.add(new Problem(BARCODES, "a barcode is empty"));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(new Problem(BARCODES, "barcode " + code + " is listed twice"));
                continue;
            }
            if (code.length() > MAX_BARCODE_LENGTH) {
                problems.add(new Problem(BARCODES, "barcode " + quoted(abbreviated(code)) + " is " + code.length()
                        + " characters long; at most " + MAX_BARCODE_LENGTH + " are allowed"));
            } else if (SCIENTIFIC.matcher(code).matches()) {
                problems.add(new Problem(BARCODES, "barcode " + quoted(code) + " is a number in scientific notation, "
                        + "as a spreadsheet shows long numbers: format the barcode column as text"));
            } else if (!BARCODE_CHARS.matcher(code).matches()) {
                problems.add(new Problem(BARCODES, "barcode " + quoted(code)
                        + " may only hold digits, letters and '-'"));
            } else if (DIGITS.matcher(code).matches()
                    && (code.length() == 8 || code.length() == 12 || code.length() == 13)) {
                int expected = checkDigit(code.substring(0, code.length() - 1));
                if (code.charAt(code.length() - 1) - '0' != expected) {
                    problems.add(new Problem(BARCODES, "barcode " + code + ": check digit should be " + expected));
                }
            }
        }
    }

    private static void checkName(String field, String label, String name, boolean required, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            if (required) {
                problems.add(new Problem(field, label + " is empty"));
            }
            return;
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME_LENGTH) {
            problems.add(new Problem(field, label + " " + quoted(abbreviated(name)) + " is " + length
                    + " characters long; at most " + MAX_NAME_LENGTH + " are allowed"));
        }
    }

    private static void checkUnit(String unit, List<Problem> problems) {
        if (unit == null || unit.isBlank()) {
            problems.add(new Problem(UNIT, "unit is empty"));
            return;
        }
        int length = unit.codePointCount(0, unit.length());
        if (length > MAX_UNIT_LENGTH) {
            problems.add(new Problem(UNIT, "unit " + quoted(unit) + " is " + length + " characters long; at most "
                    + MAX_UNIT_LENGTH + " are allowed"));
        }
    }

    private static void checkPrices(long price, long cost, Currency currency, List<Problem> problems) {
        long maxPrice = BigDecimal.valueOf(MAX_PRICE_MAJOR)
                .movePointRight(Math.max(currency.getDefaultFractionDigits(), 0)).longValueExact();
        if (price < 0) {
            problems.add(new Problem(PRICE, "price " + Money.plain(price, currency) + " is negative"));
        } else if (price > maxPrice) {
            problems.add(new Problem(PRICE, "price " + Money.plain(price, currency) + " is absurd: more than "
                    + Money.plain(maxPrice, currency)));
        }
        if (cost < 0) {
            problems.add(new Problem(COST, "cost " + Money.plain(cost, currency) + " is negative"));
        } else if (price >= 0) {
            long maxCost = price > Long.MAX_VALUE / MAX_COST_TO_PRICE ? Long.MAX_VALUE : price * MAX_COST_TO_PRICE;
            if (cost > maxCost) {
                problems.add(new Problem(COST, "cost " + Money.plain(cost, currency)
                        + " is absurd: more than ten times the price " + Money.plain(price, currency)));
            }
        }
    }

    private static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static String abbreviated(String value) {
        return value.codePointCount(0, value.length()) <= 24 ? value
                : value.substring(0, value.offsetByCodePoints(0, 20)) + "…";
    }
}
