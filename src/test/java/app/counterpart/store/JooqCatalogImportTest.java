package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.csv.ImportOptions;
import app.counterpart.core.catalog.csv.PlannedProduct;
import app.counterpart.core.catalog.csv.ProductImportPlan;
import app.counterpart.core.catalog.csv.ProductImporter;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.catalog.JooqCatalogImport;
import app.counterpart.testing.DemoFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import against a real demo store: preview writes nothing, apply writes the good rows or nothing. */
class JooqCatalogImportTest {

    private static final String HEADER =
            "sku,barcodes,category,name_en,name_zh,unit,price,cost,tax_rate,active,color,low_stock,track_stock\n";
    /** A new product in a new category, a price rise, and a rejected row. */
    private static final String FILE = HEADER
            + "GB-001,6901234567892,Gift Boxes,Tea Gift Box,茶礼盒,box,288.00,120.00,13,true,,2,true\n"
            + "BR-001,2105000000017,BREAD,Pineapple Bun,菠萝包,pc,8.50,2.95,6,true,#DAA877,20,true\n"
            + "BR-099,,BREAD,Broken Bun,,pc,-1,,,,,,\n";

    @TempDir
    Path dir;
    DemoFixture store;
    ProductImporter importer;
    String owner;

    @BeforeEach
    void openDemoStore() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(LocalDate.of(2026, 11, 27), 1);
        Currency currency = store.shops.shop().orElseThrow().currency();
        importer = new ProductImporter(store.catalog, new JooqCatalogImport(store.db, store.clock), currency,
                IdGenerator.secure(store.clock));
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).map(Staff::id).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ProductImportPlan preview(String text, boolean createCategories) {
        return importer.preview("test.csv", text.getBytes(StandardCharsets.UTF_8), new ImportOptions(createCategories));
    }

    private int auditEntries(String action) {
        return store.db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action)));
    }

    private int auditEntries() {
        return store.db.read(ctx -> ctx.fetchCount(AUDIT_LOG));
    }

    private Map<String, Product> productsBySku() {
        return store.catalog.products().stream().collect(Collectors.toMap(Product::sku, Function.identity()));
    }

    @Test
    void aPreviewWritesNothing() {
        List<Product> products = store.catalog.products();
        List<Category> categories = store.catalog.categories();
        int audit = auditEntries();

        ProductImportPlan plan = preview(FILE, true);

        assertEquals(1, plan.creates().size());
        assertEquals(1, plan.updates().size());
        assertEquals(1, plan.newCategories().size());
        assertEquals(1, plan.rejectedRows());
        assertEquals(products, store.catalog.products());
        assertEquals(categories, store.catalog.categories());
        assertEquals(audit, auditEntries());
    }

    @Test
    void applyingWritesExactlyTheGoodRows() {
        Map<String, Product> before = productsBySku();
        int audit = auditEntries();
        ProductImportPlan plan = preview(FILE, true);

        importer.apply(plan, owner);

        Map<String, Product> after = productsBySku();
        assertEquals(before.size() + 1, after.size());
        Category gifts = store.catalog.categories().stream().filter(c -> c.code().equals("GIFT_BOXES")).findFirst()
                .orElseThrow();
        assertEquals(new Product(plan.creates().get(0).after().id(), "GB-001", List.of("6901234567892"), gifts.id(),
                "Tea Gift Box", "茶礼盒", "box", 28_800, 12_000, 1300, true, null, 2, true), after.get("GB-001"));
        assertEquals(before.get("BR-001").withPrice(850), after.get("BR-001"));
        assertTrue(!after.containsKey("BR-099"));
        for (String sku : before.keySet()) {
            if (!sku.equals("BR-001")) {
                assertEquals(before.get(sku), after.get(sku), sku);
            }
        }
        // category.save, product.create, product.price, catalog.import
        assertEquals(audit + 4, auditEntries());
        String detail = store.db.read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("catalog.import")).fetchOne(AUDIT_LOG.DETAIL));
        assertEquals("test.csv (UTF-8): 3 rows, 1 new, 1 updated, 0 unchanged, 1 rejected, 1 new categories", detail);
        String staff = store.db.read(ctx -> ctx.select(AUDIT_LOG.STAFF_ID).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("product.price")).fetchOne(AUDIT_LOG.STAFF_ID));
        assertEquals(owner, staff);
    }

    @Test
    void aBarcodeTakenSinceThePreviewLeavesTheCatalogAsItWas() {
        ProductImportPlan plan = preview(FILE, true);
        Product meanwhile = new Product("meanwhile", "ZZ-001", List.of("6901234567892"),
                store.catalog.categories().get(0).id(), "Someone else's", null, "pc", 100, 0, 0, true, null, 0, true);
        store.catalog.saveAll(List.of(meanwhile), owner);
        List<Product> products = store.catalog.products();
        List<Category> categories = store.catalog.categories();
        int audit = auditEntries();

        StoreException e = assertThrows(StoreException.class, () -> importer.apply(plan, owner));

        assertEquals("Nothing was imported: barcode 6901234567892 was given to SKU ZZ-001 since the preview. "
                + "Preview the file again.", e.getMessage());
        assertEquals(products, store.catalog.products());
        assertEquals(categories, store.catalog.categories());
        assertEquals(audit, auditEntries());
    }

    @Test
    void aProductChangedSinceThePreviewRefusesTheImport() {
        ProductImportPlan plan = preview(FILE, true);
        Product bun = productsBySku().get("BR-001");
        store.catalog.saveAll(List.of(bun.withPrice(900)), owner);

        StoreException e = assertThrows(StoreException.class, () -> importer.apply(plan, owner));

        assertEquals("Nothing was imported: SKU BR-001 was changed since the preview. Preview the file again.",
                e.getMessage());
        assertEquals(900, productsBySku().get("BR-001").priceMinor());
        assertTrue(!productsBySku().containsKey("GB-001"));
    }

    @Test
    void aFailureLateInTheTransactionUndoesTheCategoriesAndProductsBeforeIt() {
        List<Product> products = store.catalog.products();
        List<Category> categories = store.catalog.categories();
        int audit = auditEntries();
        Category fresh = new Category("fresh", "FRESH", "Fresh", null, null, 99);
        Product good = new Product("good", "GOOD-1", List.of(), "fresh", "Good", null, "pc", 100, 0, 0, true, null, 0,
                true);
        Product orphan = new Product("orphan", "ORPHAN-1", List.of(), "no-such-category", "Orphan", null, "pc", 100, 0,
                0, true, null, 0, true);
        ProductImportPlan plan = new ProductImportPlan("hand-made", "UTF-8", 2,
                List.of(new PlannedProduct(2, null, good), new PlannedProduct(3, null, orphan)), List.of(), 0,
                List.of(fresh), List.of(), List.of(), List.of());

        StoreException e = assertThrows(StoreException.class, () -> importer.apply(plan, owner));

        assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        assertEquals(products, store.catalog.products());
        assertEquals(categories, store.catalog.categories());
        assertEquals(audit, auditEntries());
    }

    @Test
    void twoProductsSwapTheirBarcodes() {
        ProductImportPlan plan = preview("sku,barcodes,category,name_en,price\n"
                + "BR-001,2105000000024,BREAD,Pineapple Bun,8.00\n"
                + "BR-002,2105000000017,BREAD,Milk Toast,22.00\n", false);
        assertEquals(List.of(), plan.problems());

        importer.apply(plan, owner);

        assertEquals(List.of("2105000000024"), productsBySku().get("BR-001").barcodes());
        assertEquals(List.of("2105000000017"), productsBySku().get("BR-002").barcodes());
    }

    @Test
    void aBarcodeMovesFromOneProductToANewOne() {
        ProductImportPlan plan = preview("sku,barcodes,category,name_en,price\n"
                + "BR-100,2105000000017,BREAD,Pineapple Bun (new recipe),8.00\n"
                + "BR-001,,BREAD,Pineapple Bun,8.00\n", false);
        assertEquals(List.of(), plan.problems());

        importer.apply(plan, owner);

        assertEquals(List.of("2105000000017"), productsBySku().get("BR-100").barcodes());
        assertEquals(List.of(), productsBySku().get("BR-001").barcodes());
    }

    @Test
    void exportThenImportLeavesTheCatalogUnchanged() {
        List<Product> products = store.catalog.products();
        List<Category> categories = store.catalog.categories();
        int audit = auditEntries();

        var export = importer.export();
        ProductImportPlan plan = importer.preview("export.csv", export.bytes(), ImportOptions.DEFAULT);
        importer.apply(plan, owner);

        assertEquals(150, export.products());
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(), plan.warnings());
        assertEquals(150, plan.unchanged());
        assertTrue(!plan.hasChanges());
        assertEquals(products, store.catalog.products());
        assertEquals(categories, store.catalog.categories());
        assertEquals(audit, auditEntries());
    }

    @Test
    void theExportHoldsEveryDemoProductAsTheSampleFileHasIt() throws Exception {
        String sample;
        try (var in = getClass().getResourceAsStream("/sample-data/products.csv")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = new ArrayList<>(sample.lines().skip(1).map(JooqCatalogImportTest::sortedBarcodes).toList());
        expected.sort(Comparator.naturalOrder());
        List<String> exported = importer.export().text().lines().toList();
        assertEquals(sample.lines().findFirst().orElseThrow(), exported.get(0));
        assertEquals(expected, exported.subList(1, exported.size()).stream().sorted().toList());
        assertEquals(0, auditEntries("catalog.import"));
    }

    /** The store keeps a product's barcodes sorted; the sample file lists them in its own order. */
    private static String sortedBarcodes(String line) {
        String[] fields = line.split(",", 3);
        String barcodes = List.of(fields[1].split("\\|")).stream().sorted().collect(Collectors.joining("|"));
        return fields[0] + "," + barcodes + "," + fields[2];
    }
}
