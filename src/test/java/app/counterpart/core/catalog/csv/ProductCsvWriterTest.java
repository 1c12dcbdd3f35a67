package app.counterpart.core.catalog.csv;

import static app.counterpart.core.catalog.csv.CatalogSamples.BR1;
import static app.counterpart.core.catalog.csv.CatalogSamples.CATEGORIES;
import static app.counterpart.core.catalog.csv.CatalogSamples.CNY;
import static app.counterpart.core.catalog.csv.CatalogSamples.HEADER;
import static app.counterpart.core.catalog.csv.CatalogSamples.MT1;
import static app.counterpart.core.catalog.csv.CatalogSamples.MT2;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.ProductRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ProductCsvWriterTest {

    @Test
    void exportWritesTheImportFormatSortedBySku() {
        assertEquals(HEADER + "\n"
                        + "BR-001,,BREAD,Milk Loaf,牛奶吐司,loaf,18.00,5.00,6,true,,5,true\n"
                        + "MT-001,2101000000019,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,16.00,4.65,6,true,#9F7A5A,0,false\n"
                        + "MT-002,2101000000026,MILKTEA,Pearl Milk Tea (Large),珍珠奶茶（大杯）,cup,19.00,6.45,6,true,#AF8664,0,false\n",
                ProductCsvWriter.write(List.of(MT2, BR1, MT1), CATEGORIES, CNY));
    }

    @Test
    void severalBarcodesAreJoinedWithABarAndTextIsQuotedOnlyWhenNeeded() {
        Product p = new Product("p", "X-1", List.of("6901234567892", "2900000000018"), "c-br", "Bun, \"large\"", null,
                "pc", 650, 0, 1250, false, null, 0, true);
        assertEquals(HEADER + "\nX-1,6901234567892|2900000000018,BREAD,\"Bun, \"\"large\"\"\",,pc,6.50,0.00,12.5,false,,0,true\n",
                ProductCsvWriter.write(List.of(p), CATEGORIES, CNY));
    }

    @Test
    void theExportFileStartsWithAUtf8ByteOrderMark() {
        CsvExport export = new CsvExport("sku\n", 0);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's', 'k', 'u', '\n'}, export.bytes());
    }

    @Test
    void theExportOfTheSampleCatalogReadsBackUnchanged() {
        ProductImportPlan plan = CatalogSamples.read(ProductCsvWriter.write(CatalogSamples.PRODUCTS, CATEGORIES, CNY));
        assertEquals(3, plan.unchanged());
        assertEquals(List.of(), plan.problems());
    }

    @Property(tries = 200)
    void exportThenImportChangesNothing(@ForAll("catalogs") List<Product> products) {
        byte[] bytes = new CsvExport(ProductCsvWriter.write(products, CATEGORIES, CNY), products.size()).bytes();
        ProductImportPlan plan = new ProductCsvReader(CNY, CatalogSamples.counter())
                .read("export.csv", bytes, CATEGORIES, products, ImportOptions.DEFAULT);
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(), plan.warnings());
        assertEquals(List.of(), plan.creates());
        assertEquals(List.of(), plan.updates());
        assertEquals(products.size(), plan.unchanged());
    }

    @Property(tries = 100)
    void exportThenImportIntoAnEmptyCatalogRecreatesEveryProduct(@ForAll("catalogs") List<Product> products) {
        byte[] bytes = ProductCsvWriter.write(products, CATEGORIES, CNY).getBytes(StandardCharsets.UTF_8);
        ProductImportPlan plan = new ProductCsvReader(CNY, CatalogSamples.counter())
                .read("export.csv", bytes, CATEGORIES, List.of(), ImportOptions.DEFAULT);
        assertEquals(List.of(), plan.problems());
        List<Product> sorted = new ArrayList<>(products);
        sorted.sort(Comparator.comparing(Product::sku));
        assertEquals(sorted.size(), plan.creates().size());
        for (int i = 0; i < sorted.size(); i++) {
            Product expected = sorted.get(i);
            Product actual = plan.creates().get(i).after();
            assertEquals(new Product(actual.id(), expected.sku(), expected.barcodes(), expected.categoryId(),
                    expected.name(), expected.nameZh(), expected.unit(), expected.priceMinor(), expected.costMinor(),
                    expected.taxRateBp(), expected.active(), expected.color(), expected.lowStock(),
                    expected.trackStock()), actual);
        }
    }

    @Provide
    Arbitrary<List<Product>> catalogs() {
        return product().list().ofMinSize(1).ofMaxSize(12).map(ProductCsvWriterTest::unique);
    }

    /** Index-based suffixes make SKUs and barcodes unique across the list. */
    private static List<Product> unique(List<Product> products) {
        List<Product> out = new ArrayList<>(products.size());
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            List<String> barcodes = new ArrayList<>();
            for (int k = 0; k < p.barcodes().size(); k++) {
                String digits = String.format("20%010d", i * 4 + k);
                barcodes.add(digits + ProductRules.checkDigit(digits));
            }
            out.add(new Product("id-" + i, p.sku() + "-" + i, barcodes, p.categoryId(), p.name(), p.nameZh(),
                    p.unit(), p.priceMinor(), p.costMinor(), p.taxRateBp(), p.active(), p.color(), p.lowStock(),
                    p.trackStock()));
        }
        return out;
    }

    private static Arbitrary<Product> product() {
        Arbitrary<String> sku = Arbitraries.strings().withChars("ABCxyz019-_.,\"|/#").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> name = Arbitraries.strings().withChars("Tea bun,\"'|\n\r;珍珠奶茶（大杯）").ofMinLength(1)
                .ofMaxLength(40).map(String::strip).filter(s -> !s.isEmpty());
        Arbitrary<String> nameZh = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.strings().withChars("红豆面包, \"").ofMinLength(1).ofMaxLength(20).map(String::strip)
                        .filter(s -> !s.isEmpty()));
        Arbitrary<String> unit = Arbitraries.of("pc", "cup", "杯", "box, large", "kg");
        Arbitrary<Long> price = Arbitraries.longs().between(0, 10_000_000);
        Arbitrary<Integer> tax = Arbitraries.integers().between(0, 10_000);
        Arbitrary<String> color = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.strings().withChars("0123456789ABCDEFabcdef").ofLength(6).map(s -> "#" + s));
        Arbitrary<Integer> barcodeCount = Arbitraries.integers().between(0, 3);
        Arbitrary<String> category = Arbitraries.of("c-mt", "c-br");
        return Combinators.combine(sku, name, nameZh, unit, price, tax, color, barcodeCount)
                .flatAs((s, n, z, u, p, t, c, b) -> Combinators.combine(category, Arbitraries.longs().between(0, p * 10),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                        .as((cat, cost, low, active, track) -> new Product("x", s, Collections.nCopies(b, "x"), cat, n,
                                z, u, p, cost, t, active, c, low, track)));
    }
}
