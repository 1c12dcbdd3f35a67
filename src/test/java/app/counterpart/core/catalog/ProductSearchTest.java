package app.counterpart.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductSearchTest {

    private static Product product(String sku, String name, String nameZh, String... barcodes) {
        return new Product("id-" + sku, sku, List.of(barcodes), "c", name, nameZh, "cup", 1600, 500, 600, true, null, 0,
                false);
    }

    private static final List<Product> CATALOG = List.of(
            product("MT-001", "Pearl Milk Tea", "珍珠奶茶", "2101000000019"),
            product("MT-002", "Pearl Milk Tea (Large)", "珍珠奶茶（大杯）", "2101000000026"),
            product("FT-001", "Mango Pomelo Sago", "杨枝甘露", "2102000000018"),
            product("CF-001", "Latte", "拿铁", "2104000000016", "6901234567892"));

    private static List<String> skus(List<Product> products) {
        return products.stream().map(Product::sku).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(textBlock = """
            # query,          first hit
              nc,             MT-001
              zznc,           MT-001
              NC,             MT-001
              奶茶,            MT-001
              杨枝,            FT-001
              yzgl,           FT-001
              latte,          CF-001
              nt,             CF-001
              mt-002,         MT-002
              6901234567892,  CF-001
              mango,          FT-001
            """)
    void findsByNameSkuBarcodeOrPinyinInitials(String query, String firstSku) {
        assertEquals(firstSku, skus(new ProductSearch(CATALOG).search(query, 10)).get(0));
    }

    @Test
    void anExactBarcodeComesBeforeNameMatches() {
        assertEquals("MT-002", skus(new ProductSearch(CATALOG).search("2101000000026", 10)).get(0));
    }

    @Test
    void aWordStartBeatsAMatchInsideAWord() {
        List<Product> catalog = List.of(product("CK-001", "Tiramisu Cake 6-inch", "提拉米苏蛋糕"),
                product("MT-001", "Pearl Milk Tea", "珍珠奶茶"));
        assertEquals(List.of("MT-001", "CK-001"), skus(new ProductSearch(catalog).search("nc", 10)));
    }

    @Test
    void nothingMatchesGibberish() {
        assertTrue(new ProductSearch(CATALOG).search("qqqzzz", 10).isEmpty());
    }

    @Test
    void anEmptyQueryListsEverythingBySkuUpToTheLimit() {
        assertEquals(List.of("CF-001", "FT-001", "MT-001"), skus(new ProductSearch(CATALOG).search(" ", 3)));
    }

    @Test
    void scannerLookupIsExactOnly() {
        ProductSearch search = new ProductSearch(CATALOG);
        assertEquals("CF-001", search.byBarcode("6901234567892").orElseThrow().sku());
        assertTrue(search.byBarcode("690123456789").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            珍珠奶茶（大杯）,  zzncdb
            Latte 拿铁,     lattent
            '',            ''
            """)
    void pinyinInitialsKeepLatinAndTakeTheFirstLetterOfEachHanzi(String name, String initials) {
        assertEquals(initials, Pinyin.initials(name));
    }
}
