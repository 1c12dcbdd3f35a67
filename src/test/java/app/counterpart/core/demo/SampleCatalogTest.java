package app.counterpart.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.testing.DemoFixture;
import java.time.Clock;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleCatalogTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void theSampleCatalogGetsFreshIdsWithItsCategoriesStillLinked() {
        DemoShop demo = DemoFixture.demoShop();
        SampleCatalog catalog = SampleCatalog.of(demo, CNY, new IdGenerator(Clock.systemUTC(), new Random(7)));

        assertEquals(demo.categories().size(), catalog.categories().size());
        assertEquals(demo.products().size(), catalog.products().size());
        Set<String> demoIds = new HashSet<>();
        demo.categories().forEach(c -> demoIds.add(c.id()));
        demo.products().forEach(p -> demoIds.add(p.id()));
        Set<String> freshIds = new HashSet<>();
        catalog.categories().forEach(c -> freshIds.add(c.id()));
        catalog.products().forEach(p -> freshIds.add(p.id()));
        assertEquals(catalog.categories().size() + catalog.products().size(), freshIds.size(), "ids are unique");
        assertTrue(Collections.disjoint(demoIds, freshIds), "no id is the demo's");

        Set<String> categoryIds = catalog.categories().stream().map(Category::id).collect(Collectors.toSet());
        assertTrue(catalog.products().stream().map(Product::categoryId).allMatch(categoryIds::contains));
        Product first = catalog.products().get(0);
        Product demoFirst = demo.products().get(0);
        assertEquals(demoFirst.sku(), first.sku());
        assertEquals(demoFirst.priceMinor(), first.priceMinor());
        String demoCategoryCode = demo.categories().stream().filter(c -> c.id().equals(demoFirst.categoryId()))
                .findFirst().orElseThrow().code();
        assertEquals(demoCategoryCode, catalog.categories().stream().filter(c -> c.id().equals(first.categoryId()))
                .findFirst().orElseThrow().code());
    }

    @Test
    void pricesKeepTheirFigureInACurrencyWithOtherDecimals() {
        assertEquals(1600, SampleCatalog.convert(1600, CNY, Currency.getInstance("USD")));
        assertEquals(16, SampleCatalog.convert(1600, CNY, JPY));
        assertEquals(17, SampleCatalog.convert(1650, CNY, JPY));
        assertEquals(16_500, SampleCatalog.convert(1650, CNY, KWD));
    }
}
