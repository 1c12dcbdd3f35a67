package app.counterpart.store.catalog;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CATEGORY;
import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.PRODUCT_BARCODE;

import app.counterpart.core.catalog.CatalogRepository;
import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Pinyin;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.store.Database;
import app.counterpart.store.jooq.tables.records.ProductRecord;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;

public final class JooqCatalogRepository implements CatalogRepository {

    private final Database db;
    private final Clock clock;
    private final IdGenerator ids;

    public JooqCatalogRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.ids = IdGenerator.secure(clock);
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
                            r.getCostMinor(), r.getTaxRateBp(), r.getActive() == 1, r.getColor(), r.getLowStock(),
                            r.getTrackStock() == 1));
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
                    PRODUCT.TAX_RATE_BP, PRODUCT.ACTIVE, PRODUCT.COLOR, PRODUCT.LOW_STOCK, PRODUCT.TRACK_STOCK,
                    PRODUCT.PINYIN, PRODUCT.CREATED_AT, PRODUCT.UPDATED_AT)
                    .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, null));
            BatchBindStep codes = ctx.batch(ctx.insertInto(PRODUCT_BARCODE, PRODUCT_BARCODE.BARCODE,
                    PRODUCT_BARCODE.PRODUCT_ID).values((String) null, null));
            int barcodeCount = 0;
            for (Product p : products) {
                prods.bind(p.id(), p.sku(), p.categoryId(), p.name(), p.nameZh(), p.unit(), p.priceMinor(),
                        p.costMinor(), p.taxRateBp(), p.active() ? 1 : 0, p.color(), p.lowStock(),
                        p.trackStock() ? 1 : 0, Pinyin.initials(p.nameZh()), now, now);
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

    @Override
    public void saveAll(Collection<Product> products, String staffId) {
        long now = clock.millis();
        db.write(ctx -> {
            for (Product p : products) {
                ProductRecord old = ctx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(p.id())).fetchOne();
                ProductRecord row = old == null ? ctx.newRecord(PRODUCT) : old.copy();
                row.setId(p.id());
                row.setSku(p.sku());
                row.setCategoryId(p.categoryId());
                row.setName(p.name());
                row.setNameZh(p.nameZh());
                row.setUnit(p.unit());
                row.setPriceMinor(p.priceMinor());
                row.setCostMinor(p.costMinor());
                row.setTaxRateBp(p.taxRateBp());
                row.setActive(p.active() ? 1 : 0);
                row.setColor(p.color());
                row.setLowStock(p.lowStock());
                row.setTrackStock(p.trackStock() ? 1 : 0);
                row.setPinyin(Pinyin.initials(p.nameZh()));
                row.setUpdatedAt(now);
                if (old == null) {
                    row.setCreatedAt(now);
                    ctx.insertInto(PRODUCT).set(row).execute();
                    audit(ctx, now, staffId, "product.create", p.id(), p.sku() + " price " + p.priceMinor());
                } else {
                    ctx.update(PRODUCT).set(row).where(PRODUCT.ID.eq(p.id())).execute();
                    if (old.getPriceMinor() != p.priceMinor()) {
                        audit(ctx, now, staffId, "product.price", p.id(),
                                p.sku() + " " + old.getPriceMinor() + " -> " + p.priceMinor());
                    }
                    if (old.getCostMinor() != p.costMinor()) {
                        audit(ctx, now, staffId, "product.cost", p.id(),
                                p.sku() + " " + old.getCostMinor() + " -> " + p.costMinor());
                    }
                }
                List<String> stored = ctx.select(PRODUCT_BARCODE.BARCODE).from(PRODUCT_BARCODE)
                        .where(PRODUCT_BARCODE.PRODUCT_ID.eq(p.id())).fetch(PRODUCT_BARCODE.BARCODE);
                if (!new java.util.HashSet<>(stored).equals(new java.util.HashSet<>(p.barcodes()))) {
                    ctx.deleteFrom(PRODUCT_BARCODE).where(PRODUCT_BARCODE.PRODUCT_ID.eq(p.id())).execute();
                    for (String code : p.barcodes()) {
                        ctx.insertInto(PRODUCT_BARCODE).set(PRODUCT_BARCODE.BARCODE, code)
                                .set(PRODUCT_BARCODE.PRODUCT_ID, p.id()).execute();
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void saveCategory(Category c, String staffId) {
        long now = clock.millis();
        db.write(ctx -> {
            ctx.insertInto(CATEGORY)
                    .set(CATEGORY.ID, c.id())
                    .set(CATEGORY.CODE, c.code())
                    .set(CATEGORY.NAME, c.name())
                    .set(CATEGORY.NAME_ZH, c.nameZh())
                    .set(CATEGORY.COLOR, c.color())
                    .set(CATEGORY.SORT_ORDER, c.sortOrder())
                    .set(CATEGORY.CREATED_AT, now)
                    .set(CATEGORY.UPDATED_AT, now)
                    .onConflict(CATEGORY.ID).doUpdate()
                    .set(CATEGORY.CODE, c.code())
                    .set(CATEGORY.NAME, c.name())
                    .set(CATEGORY.NAME_ZH, c.nameZh())
                    .set(CATEGORY.COLOR, c.color())
                    .set(CATEGORY.SORT_ORDER, c.sortOrder())
                    .set(CATEGORY.UPDATED_AT, now)
                    .execute();
            audit(ctx, now, staffId, "category.save", c.id(), c.code());
            return null;
        });
    }

    private void audit(org.jooq.DSLContext ctx, long at, String staffId, String action, String entityId, String detail) {
        ctx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, ids.next())
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.STAFF_ID, staffId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, action.substring(0, action.indexOf('.')))
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }
}
