package app.counterpart.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.BulkPriceChange.Mode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BulkPriceChangeTest {

    private static Product product(long price) {
        return new Product("p" + price, "SKU-" + price, List.of(), "c", "Item", null, "pc", price, 0, 600, true, null, 0,
                true);
    }

    @ParameterizedTest(name = "{0} {1} {2} step {3} → {4}")
    @CsvSource(textBlock = """
            # price, mode,    value, step, expected
              1600,  PERCENT,   500,    1, 1680
              1600,  PERCENT,   500,   50, 1700
              1850,  PERCENT, -1000,   10, 1670
              1600,  AMOUNT,    200,    1, 1800
              1600,  AMOUNT,  -2000,    1,    0
              1999,  AMOUNT,      0,  100, 2000
            """)
    void newPriceIsChangedThenRoundedToTheStep(long price, Mode mode, long value, long step, long expected) {
        List<BulkPriceChange.Change> changes = BulkPriceChange.compute(List.of(product(price)), mode, value, step);
        assertEquals(expected, changes.get(0).after().priceMinor());
        assertEquals(expected - price, changes.get(0).difference());
    }

    @Test
    void productsWhosePriceStaysAreLeftOut() {
        assertTrue(BulkPriceChange.compute(List.of(product(1600)), Mode.PERCENT, 1, 100).isEmpty());
    }

    @Test
    void aCutOfAHundredPercentOrMoreIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> BulkPriceChange.compute(List.of(product(1600)), Mode.PERCENT, -10_000, 1));
    }

    @Test
    void everythingButThePriceStaysTheSame() {
        Product before = product(1600);
        Product after = BulkPriceChange.compute(List.of(before), Mode.AMOUNT, 100, 1).get(0).after();
        assertEquals(before.withPrice(1700), after);
    }
}
