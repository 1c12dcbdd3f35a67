package app.counterpart.store.catalog;

import static app.counterpart.store.jooq.Tables.CATEGORY;
import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.PRODUCT_BARCODE;

import app.counterpart.core.catalog.CatalogRepository;
import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.store.Database;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;

public final class JooqCatalogRepository implements CatalogRepository {

    private final Database db;
    private final Clock clock;

    public JooqCatalogRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Category> categories() {
        return db.read(ctx -> ctx.selectFrom(CATEGORY).orderBy(CATEGORY.SORT_ORDER, CATEGORY.CODE)
                .fetch(r -> new Category(r.getId(), r.getCode(), r.getName(), r.getNameZh(), r.getColor(),
                        r.getSortOrder())));
    }

    @Override
    public List<Product> products() {
        return db.read(ctx -> {
            Map<String, List<String>> barcodes = ctx.selectFrom(PRODUCT_BARCODE).orderBy(PRODUCT_BARCODE.BARCODE)
                    .fetchGroups(PRODUCT_BARCODE.PRODUCT_ID, PRODUCT_BARCODE.BARCODE);
            return ctx.selectFrom(PRODUCT).orderBy(PRODUCT.SKU)
                    .fetch(r -> new Product(r.getId(), r.getSku(), barcodes.getOrDefault(r.getId(), List.of()),
                            r.getCategoryId(), r.getName(), r.getNameZh(), r.getUnit(), r.getPriceMinor(),
                            r.getCostMinor(), r.getTaxRateBp(), r.getActive() == 1, r.getColor(), r.getLowStock()));
        });
    }

    @Override
    public void addAll(Collection<Category> categories, Collection<Product> products) {
        long now = clock.millis();
        db.write(ctx -> {
            BatchBindStep cats = ctx.batch(ctx.insertInto(CATEGORY, CATEGORY.ID, CATEGORY.CODE, CATEGORY.NAME,
                    CATEGORY.NAME_ZH, CATEGORY.COLOR, CATEGORY.SORT_ORDER, CATEGORY.CREATED_AT, CATEGORY.UPDATED_AT)
                    .values((String) null, null, null, null, null, null, null, null));
            for (Category c : categories) {
                cats.bind(c.id(), c.code(), c.name(), c.nameZh(), c.color(), c.sortOrder(), now, now);
            }
            if (!categories.isEmpty()) {
                cats.execute();
            }
            BatchBindStep prods = ctx.batch(ctx.insertInto(PRODUCT, PRODUCT.ID, PRODUCT.SKU, PRODUCT.CATEGORY_ID,
                    PRODUCT.NAME, PRODUCT.NAME_ZH, PRODUCT.UNIT, PRODUCT.PRICE_MINOR, PRODUCT.COST_MINOR,
                    PRODUCT.TAX_RATE_BP, PRODUCT.ACTIVE, PRODUCT.COLOR, PRODUCT.LOW_STOCK, PRODUCT.CREATED_AT,
                    PRODUCT.UPDATED_AT)
                    .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null));
            BatchBindStep codes = ctx.batch(ctx.insertInto(PRODUCT_BARCODE, PRODUCT_BARCODE.BARCODE,
                    PRODUCT_BARCODE.PRODUCT_ID).values((String) null, null));
            int barcodeCount = 0;
            for (Product p : products) {
                prods.bind(p.id(), p.sku(), p.categoryId(), p.name(), p.nameZh(), p.unit(), p.priceMinor(),
                        p.costMinor(), p.taxRateBp(), p.active() ? 1 : 0, p.color(), p.lowStock(), now, now);
                for (String code : p.barcodes()) {
                    codes.bind(code, p.id());
                    barcodeCount++;
                }
            }
            if (!products.isEmpty()) {
                prods.execute();
            }
            if (barcodeCount > 0) {
                codes.execute();
            }
            return null;
        });
    }
}
