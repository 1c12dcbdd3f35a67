package app.counterpart.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @ParameterizedTest(name = "tax in {0} at {1} bp is {2}")
    @CsvSource(textBlock = """
            # gross, rate bp, tax
               1060,     600,   60
              -1060,     600,  -60
               1130,    1300,  130
               1000,     600,   57
              -1000,     600,  -57
                  1,     600,    0
                  0,     600,    0
               1000,       0,    0
                  1,   10000,    1
                 -1,   10000,   -1
                  3,   10000,    2
                 -3,   10000,   -2
            """)
    void taxIncludedRoundsHalfAwayFromZero(long gross, int rateBp, long expectedTax) {
        assertEquals(expectedTax, Money.taxIncluded(gross, rateBp));
    }

    @ParameterizedTest(name = "tax on {0} at {1} bp is {2}")
    @CsvSource(textBlock = """
            # net, rate bp, tax
              1000,     600,   60
             -1000,     600,  -60
              1005,     600,   60
              1009,     600,   61
             -1009,     600,  -61
                25,     200,    1
               -25,     200,   -1
                24,     200,    0
                 0,    1300,    0
            """)
    void taxOnTopRoundsHalfAwayFromZero(long net, int rateBp, long expectedTax) {
        assertEquals(expectedTax, Money.taxOnTop(net, rateBp));
    }

    @ParameterizedTest(name = "{1} bp of {0} is {2}")
    @CsvSource(textBlock = """
            # amount, bp, result
               1000, 1000,  100
                  5, 1000,    1
                 -5, 1000,   -1
                  4, 1000,    0
                 -4, 1000,    0
               1000,    0,    0
               1000,10000, 1000
            """)
    void percentOfRoundsHalfAwayFromZero(long amount, int basisPoints, long expected) {
        assertEquals(expected, Money.percentOf(amount, basisPoints));
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource(textBlock = """
            # numerator, denominator, quotient
                      7,           2,        4
                     -7,           2,       -4
                      5,           3,        2
                     -5,           3,       -2
                      4,           3,        1
                     -4,           3,       -1
                      1,           3,        0
                     -1,           3,        0
                      6,           3,        2
                     -6,           3,       -2
                      0,           5,        0
            """)
    void divideHalfUpRoundsHalfAwayFromZero(long numerator, long denominator, long expected) {
        assertEquals(expected, Money.divideHalfUp(numerator, denominator));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -10_000})
    void divideHalfUpRejectsNonPositiveDenominator(long denominator) {
        assertThrows(IllegalArgumentException.class, () -> Money.divideHalfUp(10, denominator));
    }

    @ParameterizedTest(name = "\"{0}\" {1} = {2}")
    @CsvSource(textBlock = """
            # text,       currency, minor
              18.50,      CNY,      1850
              18.5,       CNY,      1850
              18,         CNY,      1800
              -3.20,      CNY,      -320
              0.05,       CNY,      5
              -0.05,      CNY,      -5
              0.00,       CNY,      0
              18.500,     CNY,      1850
              ' 7.05 ',   CNY,      705
              1000,       JPY,      1000
              1000.0,     JPY,      1000
              -250,       JPY,      -250
              1.234,      BHD,      1234
            """)
    void parseReadsDecimalTextAsMinorUnits(String text, String currency, long expected) {
        assertEquals(expected, Money.parse(text, Currency.getInstance(currency)));
    }

    @ParameterizedTest(name = "\"{0}\" {1} is rejected")
    @CsvSource(textBlock = """
            # text,                    currency
              18.505,                  CNY
              -0.001,                  CNY
              1.5,                     JPY
              abc,                     CNY
              1.2.3,                   CNY
              1e2,                     CNY
              ' 1 000',                CNY
              99999999999999999999,    CNY
            """)
    void parseRejectsExtraDigitsNonNumbersAndOverflow(String text, String currency) {
        assertThrows(IllegalArgumentException.class, () -> Money.parse(text, Currency.getInstance(currency)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void parseRejectsMissingAmount(String text) {
        assertThrows(IllegalArgumentException.class, () -> Money.parse(text, CNY));
    }

    @ParameterizedTest(name = "{0} {1} is \"{2}\"")
    @CsvSource(textBlock = """
            # minor, currency, text
              1850,  CNY,      18.50
              -320,  CNY,      -3.20
              5,     CNY,      0.05
              -5,    CNY,      -0.05
              0,     CNY,      0.00
              1000,  JPY,      1000
              -1000, JPY,      -1000
              1234,  BHD,      1.234
            """)
    void plainWritesMinorUnitsAsDecimalText(long minor, String currency, String expected) {
        assertEquals(expected, Money.plain(minor, Currency.getInstance(currency)));
    }

    @Test
    void formatShowsYuanWithPlainYenSignOutsideChineseLocale() {
        assertEquals("¥18.50", Money.format(1850, CNY, Locale.US));
    }

    @Property
    void taxIncludedLiesBetweenZeroAndGross(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long gross,
            @ForAll @IntRange(min = 0, max = 10_000) int rateBp) {
        long tax = Money.taxIncluded(gross, rateBp);
        assertTrue(tax >= 0 && tax <= gross, () -> "tax " + tax + " of gross " + gross);
    }

    @Property
    void taxIncludedOfRefundMirrorsTaxOfSale(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long gross,
            @ForAll @IntRange(min = 0, max = 10_000) int rateBp) {
        assertEquals(-Money.taxIncluded(gross, rateBp), Money.taxIncluded(-gross, rateBp));
    }

    @Property
    void divideHalfUpIsWithinHalfOfExactQuotient(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long numerator,
            @ForAll @LongRange(min = 1, max = 1_000_000L) long denominator) {
        long q = Money.divideHalfUp(numerator, denominator);
        long error = Math.abs(q * denominator - numerator);
        assertTrue(2 * error <= denominator, () -> numerator + "/" + denominator + " gave " + q);
    }

    @Property
    void plainThenParseGivesBackTheAmount(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor) {
        assertEquals(minor, Money.parse(Money.plain(minor, CNY), CNY));
    }
}
