package app.counterpart.ui.catalog;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.BulkPriceChange;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.csv.ProductImporter;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogViewModelTest {

    @TempDir
    Path dir;
    DemoFixture store;
    CatalogViewModel model;
    String owner;

    @BeforeEach
    void openDemoCatalog() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(LocalDate.of(2026, 11, 27), 1);
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow().id();
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        Currency cny = Currency.getInstance("CNY");
        ProductImporter importer = new ProductImporter(store.catalog,
                new app.counterpart.store.catalog.JooqCatalogImport(store.db, Clock.systemUTC()), cny,
                app.counterpart.core.common.IdGenerator.secure(Clock.systemUTC()));
        var stockService = new app.counterpart.core.stock.StockService(store.stock, store.catalog,
                app.counterpart.core.common.IdGenerator.secure(Clock.systemUTC()), Clock.systemUTC());
        model = new CatalogViewModel(store.catalog, importer, store.stock, stockService, cny, ui, () -> owner);
        model.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int auditEntries(String action) {
        return store.db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action)));
    }

    @Test
    void loadsEveryProductAndACategoryListWithAllFirst() {
        assertEquals(150, model.rows().size());
        assertEquals(11, model.categories().size());
        assertEquals(150, model.categories().get(0).count());
    }

    @Test
    void typingPinyinInitialsNarrowsTheList() {
        model.queryProperty().set("zznc");
        assertFalse(model.rows().isEmpty());
        assertTrue(model.rows().stream().allMatch(r -> r.product().nameZh().startsWith("珍珠奶茶")), model.rows().toString());
    }

    @Test
    void choosingACategoryShowsOnlyItsProducts() {
        var bread = model.categories().stream().filter(c -> c.category() != null
                && c.category().code().equals("BREAD")).findFirst().orElseThrow();
        model.selectedCategoryProperty().set(bread);
        assertEquals(bread.count(), model.rows().size());
    }

    @Test
    void aBadPriceIsNamedOnItsFieldAndNothingIsSaved() {
        model.newProduct();
        model.editor().sku.set("NEW-1");
        model.editor().name.set("Jasmine Tea");
        model.editor().price.set("twelve");
        model.save();
        assertTrue(model.editorProblems().containsKey("price"));
        assertTrue(model.editingProperty().get());
        assertEquals(150, store.catalog.products().size());
    }

    @Test
    void aNewProductIsSavedAuditedAndListed() {
        int before = auditEntries("product.create");
        model.newProduct();
        model.editor().category.set(model.categoryChoices().get(0));
        model.editor().sku.set("NEW-1");
        model.editor().name.set("Jasmine Tea");
        model.editor().nameZh.set("茉莉花茶");
        model.editor().price.set("12.50");
        model.editor().barcodes.set("2109000000011");
        model.save();
        assertTrue(model.editorProblems().isEmpty(), model.editorProblems().toString());
        assertFalse(model.editingProperty().get());
        assertEquals(151, model.rows().size());
        assertEquals(before + 1, auditEntries("product.create"));
        model.queryProperty().set("mlhc");
        assertTrue(model.rows().stream().anyMatch(r -> r.product().sku().equals("NEW-1")), model.rows().toString());
    }

    @Test
    void aBarcodeOfAnotherProductIsRefusedWithAMessage() {
        Product taken = store.catalog.products().get(0);
        model.newProduct();
        model.editor().category.set(model.categoryChoices().get(0));
        model.editor().sku.set("NEW-2");
        model.editor().name.set("Copy");
        model.editor().price.set("1.00");
        model.editor().barcodes.set(taken.barcodes().get(0));
        model.save();
        assertTrue(model.editorProblems().get("form").contains("product_barcode"), model.editorProblems().toString());
        assertEquals(150, store.catalog.products().size());
    }

    @Test
    void aPreviewedImportAddsItsGoodRowsAndNamesTheRejectedOnes() throws Exception {
        java.nio.file.Path file = dir.resolve("new.csv");
        java.nio.file.Files.writeString(file, "sku,name_en,category,price\n"
                + "NEW-10,Oolong Cookie,SNACK,12.00\n"
                + "NEW-11,Broken Price,SNACK,abc\n", java.nio.charset.StandardCharsets.UTF_8);
        var plans = new java.util.ArrayList<app.counterpart.core.catalog.csv.ProductImportPlan>();
        model.previewImport(file, false, plans::add, refused -> { throw new AssertionError(refused); });
        var plan = plans.get(0);
        assertEquals(1, plan.creates().size());
        assertEquals(1, plan.rejectedRows());
        assertEquals(3, plan.problems().get(0).line());
        assertEquals(150, store.catalog.products().size());

        model.applyImport(plan);

        assertEquals(151, store.catalog.products().size());
        assertTrue(model.statusProperty().get().contains("1"), model.statusProperty().get());
    }

    @Test
    void anEmptyFileIsRefusedWithAReason() throws Exception {
        java.nio.file.Path file = dir.resolve("empty.csv");
        java.nio.file.Files.write(file, new byte[0]);
        var reasons = new java.util.ArrayList<String>();
        model.previewImport(file, false, plan -> { throw new AssertionError(plan); }, reasons::add);
        assertTrue(reasons.get(0).toLowerCase().contains("empty"), reasons.toString());
    }

    @Test
    void exportWritesTheCatalogInTheImportFormat() throws Exception {
        java.nio.file.Path file = dir.resolve("catalog.csv");
        model.exportProducts(file);
        String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFsku,"), text.substring(0, 40));
        assertEquals(151, text.split("\n").length);
    }

    @Test
    void aNewCategoryGetsACodeFromItsNameAndAppearsInTheList() {
        model.addCategory("Gift Boxes", "礼盒");
        assertEquals(12, model.categories().size());
        assertTrue(store.catalog.categories().stream().anyMatch(c -> c.code().equals("GIFT_BOXES")));
        model.addCategory("gift boxes", null);
        assertTrue(model.errorProperty().get().contains("GIFT_BOXES"), model.errorProperty().get());
        assertEquals(12, model.categories().size());
    }

    @Test
    void aChineseOnlyCategoryTakesItsPinyinInitialsAsCode() {
        model.addCategory("", "月饼");
        assertTrue(store.catalog.categories().stream().anyMatch(c -> c.code().equals("YB") && c.nameZh().equals("月饼")));
    }

    private Product tracked() {
        return store.catalog.products().stream().filter(Product::trackStock).findFirst().orElseThrow();
    }

    @Test
    void receivingGoodsRaisesOnHandAndTheListShowsIt() {
        Product p = tracked();
        int before = store.stock.onHand(p.id());
        model.receive(p, "24", "delivery 881");
        assertEquals(before + 24, store.stock.onHand(p.id()));
        var row = model.rows().stream().filter(r -> r.product().id().equals(p.id())).findFirst().orElseThrow();
        assertEquals(Integer.toString(before + 24), row.onHand());
    }

    @Test
    void anAdjustmentWithoutAReasonIsRefusedAndMovesNothing() {
        Product p = tracked();
        int before = store.stock.onHand(p.id());
        model.adjust(p, "-2", " ");
        assertTrue(model.errorProperty().get().contains(p.sku()), model.errorProperty().get());
        assertEquals(before, store.stock.onHand(p.id()));
    }

    @Test
    void typingSomethingElseThanANumberIsExplained() {
        model.receive(tracked(), "a dozen", null);
        assertTrue(model.errorProperty().get().contains("a dozen"));
    }

    @Test
    void aCountBooksTheDifferenceSoOnHandIsWhatWasCounted() {
        Product p = tracked();
        model.bookCount(java.util.Map.of(p.id(), 7));
        assertEquals(7, store.stock.onHand(p.id()));
        assertEquals(java.util.List.of(), store.stock.ledgerMismatches());
    }

    @Test
    void theLowStockFilterShowsOnlyProductsAtOrBelowTheirThreshold() {
        Product p = tracked();
        model.bookCount(java.util.Map.of(p.id(), 0));
        model.lowStockOnlyProperty().set(true);
        assertFalse(model.rows().isEmpty());
        assertTrue(model.rows().stream().allMatch(CatalogViewModel.ProductRow::low));
        assertTrue(model.rows().stream().anyMatch(r -> r.product().id().equals(p.id())));
    }

    @Test
    void aBulkPriceChangeSavesEveryPriceAndAuditsEachOne() {
        var bread = model.categories().stream().filter(c -> c.category() != null
                && c.category().code().equals("BREAD")).findFirst().orElseThrow();
        model.selectedCategoryProperty().set(bread);
        List<BulkPriceChange.Change> changes = BulkPriceChange.compute(model.bulkScope(),
                BulkPriceChange.Mode.PERCENT, 1000, 50);
        int before = auditEntries("product.price");

        model.applyPriceChanges(changes);

        assertEquals(before + changes.size(), auditEntries("product.price"));
        for (BulkPriceChange.Change c : changes) {
            Product now = store.catalog.products().stream().filter(p -> p.id().equals(c.before().id())).findFirst()
                    .orElseThrow();
            assertEquals(c.after().priceMinor(), now.priceMinor());
        }
        assertEquals(owner, store.db.read(ctx -> ctx.select(AUDIT_LOG.STAFF_ID).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("product.price")).limit(1).fetchOne(AUDIT_LOG.STAFF_ID)));
    }
}
