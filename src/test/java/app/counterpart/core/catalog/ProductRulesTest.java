package app.counterpart.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductRulesTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Product valid() {
        return new Product("p1", "MT-001", List.of("2101000000019"), "c1", "Pearl Milk Tea", "珍珠奶茶", "cup", 1600, 465,
                600, true, "#9F7A5A", 0, false);
    }

    private static Product with(String field, String value) {
        Product p = valid();
        return switch (field) {
            case "sku" -> new Product(p.id(), value, p.barcodes(), p.categoryId(), p.name(), p.nameZh(), p.unit(),
                    p.priceMinor(), p.costMinor(), p.taxRateBp(), p.active(), p.color(), p.lowStock(), p.trackStock());
            case "barcodes" -> new Product(p.id(), p.sku(), Arrays.asList(value.split("\\|", -1)), p.categoryId(),
                    p.name(), p.nameZh(), p.unit(), p.priceMinor(), p.costMinor(), p.taxRateBp(), p.active(),
                    p.color(), p.lowStock(), p.trackStock());
            case "name" -> new Product(p.id(), p.sku(), p.barcodes(), p.categoryId(), value, p.nameZh(), p.unit(),
                    p.priceMinor(), p.costMinor(), p.taxRateBp(), p.active(), p.color(), p.lowStock(), p.trackStock());
            case "nameZh" -> new Product(p.id(), p.sku(), p.barcodes(), p.categoryId(), p.name(), value, p.unit(),
                    p.priceMinor(), p.costMinor(), p.taxRateBp(), p.active(), p.color(), p.lowStock(), p.trackStock());
            case "unit" -> new Product(p.id(), p.sku(), p.barcodes(), p.categoryId(), p.name(), p.nameZh(), value,
                    p.priceMinor(), p.costMinor(), p.taxRateBp(), p.active(), p.color(), p.lowStock(), p.trackStock());
            case "price" -> p.withPrice(Long.parseLong(value));
            case "cost" -> new Product(p.id(), p.sku(), p.barcodes(), p.categoryId(), p.name(), p.nameZh(), p.unit(),
                    p.priceMinor(), Long.parseLong(value), p.taxRateBp(), p.active(), p.color(), p.lowStock(),
                    p.trackStock());
            case "tax" -> new Product(p.id(), p.sku(), p.barcodes(), p.categoryId(), p.name(), p.nameZh(), p.unit(),
                    p.priceMinor(), p.costMinor(), Integer.parseInt(value), p.active(), p.color(), p.lowStock(),
                    p.trackStock());
            case "color" -> new Product(p.id(), p.sku(), p.barcodes(), p.categoryId(), p.name(), p.nameZh(), p.unit(),
                    p.priceMinor(), p.costMinor(), p.taxRateBp(), p.active(), value, p.lowStock(), p.trackStock());
            case "lowStock" -> new Product(p.id(), p.sku(), p.barcodes(), p.categoryId(), p.name(), p.nameZh(),
                    p.unit(), p.priceMinor(), p.costMinor(), p.taxRateBp(), p.active(), p.color(),
                    Integer.parseInt(value), p.trackStock());
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void aValidProductHasNoProblems() {
        assertEquals(List.of(), ProductRules.check(valid(), CNY));
    }

    @ParameterizedTest(name = "{0} = [{1}] is valid")
    @CsvSource(textBlock = """
            sku,      A
            sku,      ABCDEFGHIJKLMNOPQRSTUVWXYZ012345
            barcodes, 96385074
            barcodes, 036000291452
            barcodes, 6901234567892
            barcodes, 12345
            barcodes, ABC-123
            barcodes, 2101000000019|6901234567892
            nameZh,   ''
            nameZh,
            price,    10000000
            cost,     0
            cost,     16000
            tax,      0
            tax,      10000
            color,    ''
            color,
            color,    #abcdef
            lowStock, 0
            """)
    void borderValuesAreAccepted(String field, String value) {
        assertEquals(List.of(), ProductRules.check(with(field, value), CNY));
    }

    @ParameterizedTest(name = "{0} = [{1}] → {2}: {3}")
    @CsvSource(delimiter = ';', textBlock = """
            # changed;  bad value;                          field;     message
            sku;      '';                                   sku;       SKU is empty
            sku;      '  ';                                 sku;       SKU is empty
            sku;      ;                                     sku;       SKU is empty
            sku;      ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456;    sku;       'SKU "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456" is 33 characters long; at most 32 are allowed'
            sku;      MT 001;                               sku;       SKU "MT 001" contains a space
            barcodes; 2101000000018;                        barcodes;  barcode 2101000000018: check digit should be 9
            barcodes; 96385075;                             barcodes;  barcode 96385075: check digit should be 4
            barcodes; 036000291453;                         barcodes;  barcode 036000291453: check digit should be 2
            barcodes; 6901234 567892;                       barcodes;  barcode "6901234 567892" may only hold digits, letters and '-'
            barcodes; 6.90123E+12;                          barcodes;  barcode "6.90123E+12" is a number in scientific notation, as a spreadsheet shows long numbers: format the barcode column as text
            barcodes; 2101000000019|2101000000019;          barcodes;  barcode 2101000000019 is listed twice
            barcodes; 2101000000019|;                       barcodes;  a barcode is empty
            name;     '';                                   name_en;   English name is empty
            unit;     ' ';                                  unit;      unit is empty
            unit;     cup-of-the-day-xl;                    unit;      'unit "cup-of-the-day-xl" is 17 characters long; at most 16 are allowed'
            price;    -1;                                   price;     price -0.01 is negative
            price;    10000001;                             price;     price 100000.01 is absurd: more than 100000.00
            cost;     -500;                                 cost;      cost -5.00 is negative
            cost;     16001;                                cost;      cost 160.01 is absurd: more than ten times the price 16.00
            tax;      -1;                                   tax_rate;  tax rate -0.01 % is outside 0 to 100 %
            tax;      10001;                                tax_rate;  tax rate 100.01 % is outside 0 to 100 %
            color;    red;                                  color;     colour "red" is not of the form #RRGGBB
            color;    #12345;                               color;     colour "#12345" is not of the form #RRGGBB
            lowStock; -3;                                   low_stock; low-stock level -3 is negative
            """)
    void aBadFieldIsNamedWithTheBadValue(String changed, String value, String field, String message) {
        assertEquals(List.of(new ProductRules.Problem(field, message)), ProductRules.check(with(changed, value), CNY));
    }

    @Test
    void aTooLongNameIsShortenedInTheMessage() {
        String name = "x".repeat(121);
        assertEquals(List.of(new ProductRules.Problem("name_zh",
                        "Chinese name \"xxxxxxxxxxxxxxxxxxxx…\" is 121 characters long; at most 120 are allowed")),
                ProductRules.check(with("nameZh", name), CNY));
    }

    @Test
    void nameLengthCountsCharactersNotBytes() {
        assertEquals(List.of(), ProductRules.check(with("nameZh", "茶".repeat(120)), CNY));
    }

    @Test
    void aTooLongBarcodeIsRefused() {
        assertEquals("barcode \"AAAAAAAAAAAAAAAAAAAA…\" is 65 characters long; at most 64 are allowed",
                ProductRules.check(with("barcodes", "A".repeat(65)), CNY).get(0).message());
    }

    @Test
    void everyProblemOfOneProductIsListed() {
        Product p = new Product("p1", "", List.of("123456789013"), "c1", " ", null, "", -1, -1, 20_000, true, "blue",
                -1, true);
        assertEquals(List.of("sku", "barcodes", "name_en", "unit", "price", "cost", "tax_rate", "color", "low_stock"),
                ProductRules.check(p, CNY).stream().map(ProductRules.Problem::field).toList());
    }

    @Test
    void theAbsurdPriceFollowsTheCurrencyDecimals() {
        Currency yen = Currency.getInstance("JPY");
        assertEquals(List.of(), ProductRules.check(valid().withPrice(100_000), yen));
        assertEquals("price 100001 is absurd: more than 100000",
                ProductRules.check(valid().withPrice(100_001), yen).get(0).message());
    }

    @Test
    void aFreeItemMayCostNothingOnly() {
        Product free = with("price", "0");
        assertEquals("cost 4.65 is absurd: more than ten times the price 0.00",
                ProductRules.check(free, CNY).get(0).message());
    }

    @Test
    void everyDemoProductPassesTheRules() {
        var demo = app.counterpart.testing.DemoFixture.demoShop();
        for (Product p : demo.products()) {
            assertEquals(List.of(), ProductRules.check(p, demo.shop().currency()), p.sku());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            210100000001,  9
            690123456789,  2
            9638507,       4
            03600029145,   2
            """)
    void checkDigitIsTheGs1One(String digits, int expected) {
        assertEquals(expected, ProductRules.checkDigit(digits));
    }
}
