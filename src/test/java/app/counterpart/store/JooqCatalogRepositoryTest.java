package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqCatalogRepositoryTest {

    @TempDir
    Path dir;
    DemoFixture store;

    @BeforeEach
    void open() {
        store = new DemoFixture(dir, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Category category(String id, String code) {
        return new Category(id, code, "Tea", "茶", "#aa5533", 0);
    }

    private static Product product(String id, String sku, String categoryId, List<String> barcodes) {
        return new Product(id, sku, barcodes, categoryId, "Green tea", "绿茶", "cup", 1200, 400, 600, true, null, 0, true);
    }

    @Test
    void productsComeBackWithAllTheirBarcodes() {
        store.catalog.addAll(List.of(category("c1", "TEA")),
                List.of(product("p1", "T-1", "c1", List.of("6900000000017", "2900000000018"))));
        Product p = store.catalog.products().get(0);
        assertEquals(List.of("2900000000018", "6900000000017"), p.barcodes());
        assertEquals("绿茶", p.nameZh());
    }

    @Test
    void aBarcodeClaimedByTwoProductsRejectsTheWholeImport() {
        StoreException e = assertThrows(StoreException.class, () -> store.catalog.addAll(List.of(category("c1", "TEA")),
                List.of(product("p1", "T-1", "c1", List.of("6900000000017")),
                        product("p2", "T-2", "c1", List.of("6900000000017")))));
        assertTrue(e.getMessage().contains("product_barcode.barcode"), e.getMessage());
        assertTrue(store.catalog.products().isEmpty());
        assertTrue(store.catalog.categories().isEmpty());
    }

    @Test
    void aDuplicateSkuIsRejected() {
        assertThrows(StoreException.class, () -> store.catalog.addAll(List.of(category("c1", "TEA")),
                List.of(product("p1", "T-1", "c1", List.of()), product("p2", "T-1", "c1", List.of()))));
        assertTrue(store.catalog.products().isEmpty());
    }

    @Test
    void aDuplicateIdIsRejected() {
        store.catalog.addAll(List.of(category("c1", "TEA")), List.of());
        assertThrows(StoreException.class, () -> store.catalog.addAll(List.of(category("c1", "TEA2")), List.of()));
        assertEquals(1, store.catalog.categories().size());
    }

    @Test
    void aProductInAnUnknownCategoryIsRejected() {
        assertThrows(StoreException.class,
                () -> store.catalog.addAll(List.of(), List.of(product("p1", "T-1", "nope", List.of()))));
    }

    @Test
    void aNegativePriceIsRejectedByTheDatabase() {
        Product negative = new Product("p1", "T-1", List.of(), "c1", "Tea", null, "cup", -1, 0, 0, true, null, 0, true);
        assertThrows(StoreException.class,
                () -> store.catalog.addAll(List.of(category("c1", "TEA")), List.of(negative)));
    }
}
