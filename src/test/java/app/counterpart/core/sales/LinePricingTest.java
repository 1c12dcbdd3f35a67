package app.counterpart.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.common.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinePricingTest {

    private static SaleLine price(int quantity, long unitPrice, long discount, int rateBp, boolean inclusive) {
        return LinePricing.price("line-1", 1, "product-1", quantity, unitPrice, discount, rateBp, 300, inclusive);
    }

    @ParameterizedTest(name = "{0} x {1} less {2} at {3} bp: tax {4}, total {5}")
    @CsvSource(textBlock = """
            # qty, unit, discount, rate bp, tax, total
                 1, 1060,        0,     600,  60,  1060
                 2, 1060,        0,     600, 120,  2120
                 1, 1130,        0,    1300, 130,  1130
                 1, 1000,        0,       0,   0,  1000
                -1, 1060,        0,     600, -60, -1060
            """)
    void taxInclusiveTotalIsShelfPriceWithTaxInside(int qty, long unit, long discount, int rateBp, long tax,
            long total) {
        SaleLine line = price(qty, unit, discount, rateBp, true);
        assertEquals(tax, line.taxMinor());
        assertEquals(total, line.totalMinor());
    }

    @ParameterizedTest(name = "{0} x {1} less {2} at {3} bp: tax {4}, total {5}")
    @CsvSource(textBlock = """
            # qty, unit, discount, rate bp, tax, total
                 1, 1000,        0,     600,  60,  1060
                 2, 1000,        0,     600, 120,  2120
                 1, 1000,        0,    1300, 130,  1130
                 1, 1000,        0,       0,   0,  1000
                -1, 1000,        0,     600, -60, -1060
            """)
    void taxExclusiveTotalAddsTaxOnTop(int qty, long unit, long discount, int rateBp, long tax, long total) {
        SaleLine line = price(qty, unit, discount, rateBp, false);
        assertEquals(tax, line.taxMinor());
        assertEquals(total, line.totalMinor());
    }

    @Test
    void discountIsTakenOffBeforeTaxWhenPricesIncludeTax() {
        SaleLine line = price(1, 1160, 100, 600, true);
        assertEquals(1060, line.totalMinor());
        assertEquals(60, line.taxMinor());
    }

    @Test
    void discountIsTakenOffBeforeTaxWhenTaxIsAdded() {
        SaleLine line = price(1, 1100, 100, 600, false);
        assertEquals(60, line.taxMinor());
        assertEquals(1060, line.totalMinor());
        assertNotEquals(Money.taxOnTop(1100, 600), line.taxMinor());
    }

    @Test
    void quantityZeroIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> price(0, 1060, 0, 600, true));
    }

    @Test
    void lineKeepsItsInputsAndCostsQuantityTimesUnitCost() {
        SaleLine line = LinePricing.price("id-9", 3, "p-7", 4, 1060, 40, 600, 250, true);
        assertEquals(new SaleLine("id-9", 3, "p-7", null, 4, 1060, 40, Money.taxIncluded(4200, 600), 4200, 1000), line);
    }

    @Property
    void taxInclusiveTaxNeverExceedsTotal(
            @ForAll @IntRange(min = 1, max = 1000) int qty,
            @ForAll @LongRange(min = 0, max = 1_000_000) long unit,
            @ForAll @IntRange(min = 0, max = 10_000) int rateBp) {
        SaleLine line = price(qty, unit, 0, rateBp, true);
        assertEquals(unit * qty, line.totalMinor());
        assertTrue(line.taxMinor() >= 0 && line.taxMinor() <= line.totalMinor(), () -> line.toString());
    }

    @Property
    void taxExclusiveTotalLessTaxIsDiscountedNet(
            @ForAll @IntRange(min = 1, max = 1000) int qty,
            @ForAll @LongRange(min = 0, max = 1_000_000) long unit,
            @ForAll @LongRange(min = 0, max = 1_000_000) long discount,
            @ForAll @IntRange(min = 0, max = 10_000) int rateBp) {
        SaleLine line = price(qty, unit, discount, rateBp, false);
        assertEquals(unit * qty - discount, line.totalMinor() - line.taxMinor());
    }

    @Property
    void refundLineMirrorsSaleLine(
            @ForAll @IntRange(min = 1, max = 1000) int qty,
            @ForAll @LongRange(min = 0, max = 1_000_000) long unit,
            @ForAll @IntRange(min = 0, max = 10_000) int rateBp,
            @ForAll boolean inclusive) {
        SaleLine sale = price(qty, unit, 0, rateBp, inclusive);
        SaleLine refund = price(-qty, unit, 0, rateBp, inclusive);
        assertEquals(-sale.totalMinor(), refund.totalMinor());
        assertEquals(-sale.taxMinor(), refund.taxMinor());
        assertEquals(-sale.costMinor(), refund.costMinor());
    }
}
