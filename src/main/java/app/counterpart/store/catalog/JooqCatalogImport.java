package app.counterpart.store.catalog;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.PRODUCT_BARCODE;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.csv.CatalogImportStore;
import app.counterpart.core.catalog.csv.PlannedProduct;
import app.counterpart.core.catalog.csv.ProductImportPlan;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.store.Database;
import app.counterpart.store.StoreException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a product import plan in one transaction: new categories, then the new and updated
 * products through the catalog repository (so an import gets the same price audit as any other
 * save), then one "catalog.import" audit entry. The repository's writes join this transaction
 * (ADR 0006), so a failure anywhere leaves the catalog as it was.
 */
public final class JooqCatalogImport implements CatalogImportStore {

    private final Database db;
    private final JooqCatalogRepository catalog;
    private final Clock clock;
    private final IdGenerator ids;

    /** Over its own repository on the same database, which is what lets the repository's writes join ours. */
    public JooqCatalogImport(Database db, Clock clock) {
        this.db = db;
        this.catalog = new JooqCatalogRepository(db, clock);
        this.clock = clock;
        this.ids = IdGenerator.secure(clock);
    }

    @Override
    public void apply(ProductImportPlan plan, String staffId) {
        db.write(ctx -> {
            Set<String> moving = checkStillApplies(plan);
            for (Category category : plan.newCategories()) {
                catalog.saveCategory(category, staffId);
            }
            // A barcode moving between two products of the plan is released first: saving the taker
            // before the giver would otherwise break the barcode's uniqueness for a moment.
            if (!moving.isEmpty()) {
                ctx.deleteFrom(PRODUCT_BARCODE).where(PRODUCT_BARCODE.BARCODE.in(moving)).execute();
            }
            catalog.saveAll(plan.productsToSave(), staffId);
            ctx.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, ids.next())
                    .set(AUDIT_LOG.AT, clock.millis())
                    .set(AUDIT_LOG.STAFF_ID, staffId)
                    .set(AUDIT_LOG.ACTION, "catalog.import")
                    .set(AUDIT_LOG.ENTITY, "catalog")
                    .set(AUDIT_LOG.DETAIL, plan.source() + " (" + plan.encoding() + "): " + plan.rowsRead() + " rows, "
                            + plan.creates().size() + " new, " + plan.updates().size() + " updated, "
                            + plan.unchanged() + " unchanged, " + plan.rejectedRows() + " rejected, "
                            + plan.newCategories().size() + " new categories")
                    .execute();
            return null;
        });
    }

    /**
     * Refuses a plan that no longer fits the catalog, so that what is written is what the preview showed.
     * Reads through the repository's reader connections: while this write transaction holds SQLite's
     * write lock nobody can commit, so they see exactly the state this transaction started from.
     *
     * @return the barcodes that move from one product of the plan to another
     */
    private Set<String> checkStillApplies(ProductImportPlan plan) {
        Map<String, Product> bySku = catalog.products().stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));
        Map<String, Product> byId = new HashMap<>();
        Map<String, Product> byBarcode = new HashMap<>();
        for (Product p : bySku.values()) {
            byId.put(p.id(), p);
            p.barcodes().forEach(code -> byBarcode.put(code, p));
        }
        Set<String> codes = catalog.categories().stream().map(Category::code).collect(Collectors.toSet());
        for (Category category : plan.newCategories()) {
            if (codes.contains(category.code())) {
                throw stale("category " + category.code() + " was added");
            }
        }
        for (PlannedProduct create : plan.creates()) {
            if (bySku.containsKey(create.after().sku())) {
                throw stale("SKU " + create.after().sku() + " was added");
            }
        }
        for (PlannedProduct update : plan.updates()) {
            Product now = byId.get(update.before().id());
            if (now == null || !PlannedProduct.changedColumns(update.before(), now).isEmpty()) {
                throw stale("SKU " + update.before().sku() + " was changed");
            }
        }
        List<Product> saving = plan.productsToSave();
        Set<String> saved = saving.stream().map(Product::id).collect(Collectors.toSet());
        Set<String> moving = new HashSet<>();
        for (Product p : saving) {
            for (String code : p.barcodes()) {
                Product owner = byBarcode.get(code);
                if (owner == null || owner.id().equals(p.id())) {
                    continue;
                }
                if (!saved.contains(owner.id())) {
                    throw stale("barcode " + code + " was given to SKU " + owner.sku());
                }
                moving.add(code);
            }
        }
        return moving;
    }

    private static StoreException stale(String what) {
        return new StoreException("Nothing was imported: " + what + " since the preview. Preview the file again.",
                null);
    }
}
