package app.counterpart.store.report;

import static app.counterpart.store.jooq.Tables.CATEGORY;
import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.ROLLUP_DAY;
import static app.counterpart.store.jooq.Tables.ROLLUP_HOUR;
import static app.counterpart.store.jooq.Tables.ROLLUP_PRODUCT_DAY;
import static app.counterpart.store.jooq.Tables.ROLLUP_STAFF_DAY;
import static app.counterpart.store.jooq.Tables.ROLLUP_TENDER_DAY;
import static app.counterpart.store.jooq.Tables.STAFF;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.sum;

import app.counterpart.core.report.Dimension;
import app.counterpart.core.report.ProductMix;
import app.counterpart.core.report.ReportRepository;
import app.counterpart.core.report.ReportRow;
import app.counterpart.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reports read only rollup tables, so their cost grows with days and catalog size, not with sale lines. */
public final class JooqReportRepository implements ReportRepository {

    private final Database db;

    public JooqReportRepository(Database db) {
        this.db = db;
    }

    private static Field<Long> total(Field<? extends Number> f) {
        return sum(f).cast(Long.class);
    }

    @Override
    public List<ReportRow> report(Dimension dimension, LocalDate from, LocalDate to, boolean zh) {
        String a = from.toString();
        String b = to.toString();
        return db.read(ctx -> switch (dimension) {
            case DAY -> ctx.selectFrom(ROLLUP_DAY).where(ROLLUP_DAY.BUSINESS_DAY.between(a, b))
                    .orderBy(ROLLUP_DAY.BUSINESS_DAY)
                    .fetch(r -> new ReportRow(r.getBusinessDay(), r.getBusinessDay(), r.getSalesCount(),
                            r.getItemCount(), r.getRevenueMinor(), r.getTaxMinor(), r.getCostMinor()));
            case HOUR -> {
                Field<Long> count = total(ROLLUP_HOUR.SALES_COUNT);
                Field<Long> revenue = total(ROLLUP_HOUR.REVENUE_MINOR);
                yield ctx.select(ROLLUP_HOUR.HOUR, count, revenue).from(ROLLUP_HOUR)
                        .where(ROLLUP_HOUR.BUSINESS_DAY.between(a, b))
                        .groupBy(ROLLUP_HOUR.HOUR).orderBy(ROLLUP_HOUR.HOUR)
                        .fetch(r -> new ReportRow(String.valueOf(r.value1()), String.format("%02d:00", r.value1()),
                                r.value2(), 0, r.value3(), 0, 0));
            }
            case PRODUCT -> productMix(ctx, a, b, zh).products();
            case CATEGORY -> productMix(ctx, a, b, zh).categories();
            case STAFF -> {
                Field<Long> count = total(ROLLUP_STAFF_DAY.SALES_COUNT);
                Field<Long> items = total(ROLLUP_STAFF_DAY.ITEM_COUNT);
                Field<Long> revenue = total(ROLLUP_STAFF_DAY.REVENUE_MINOR);
                Field<String> name = zh ? coalesce(nullif(STAFF.NAME_ZH, ""), STAFF.NAME) : STAFF.NAME;
                yield ctx.select(STAFF.CODE, name, count, items, revenue).from(ROLLUP_STAFF_DAY)
                        .join(STAFF).on(STAFF.ID.eq(ROLLUP_STAFF_DAY.STAFF_ID))
                        .where(ROLLUP_STAFF_DAY.BUSINESS_DAY.between(a, b))
                        .groupBy(STAFF.ID).orderBy(revenue.desc(), STAFF.CODE)
                        .fetch(r -> new ReportRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), 0, 0));
            }
            case TENDER -> {
                Field<Long> count = total(ROLLUP_TENDER_DAY.PAYMENT_COUNT);
                Field<Long> amount = total(ROLLUP_TENDER_DAY.AMOUNT_MINOR);
                yield ctx.select(ROLLUP_TENDER_DAY.TENDER, count, amount).from(ROLLUP_TENDER_DAY)
                        .where(ROLLUP_TENDER_DAY.BUSINESS_DAY.between(a, b))
                        .groupBy(ROLLUP_TENDER_DAY.TENDER).orderBy(amount.desc(), ROLLUP_TENDER_DAY.TENDER)
                        .fetch(r -> new ReportRow(r.value1(), r.value1(), r.value2(), 0, r.value3(), 0, 0));
            }
        });
    }

    @Override
    public ProductMix productMix(LocalDate from, LocalDate to, boolean zh) {
        return db.read(ctx -> productMix(ctx, from.toString(), to.toString(), zh));
    }

    /**
     * Sums the product rollups per product once, joins the few hundred products and their categories,
     * and adds the categories up from the product lines.
     */
    private static ProductMix productMix(DSLContext ctx, String a, String b, boolean zh) {
        var t = perProduct(a, b).asTable("t");
        Field<String> productName = zh ? coalesce(nullif(PRODUCT.NAME_ZH, ""), PRODUCT.NAME) : PRODUCT.NAME;
        Field<String> categoryName = zh ? coalesce(nullif(CATEGORY.NAME_ZH, ""), CATEGORY.NAME) : CATEGORY.NAME;
        var rows = ctx.select(PRODUCT.SKU, productName, CATEGORY.CODE, categoryName, t.field(QTY, Long.class),
                        t.field(REVENUE, Long.class), t.field(TAX, Long.class), t.field(COST, Long.class))
                .from(t)
                .join(PRODUCT).on(PRODUCT.ID.eq(t.field(ROLLUP_PRODUCT_DAY.PRODUCT_ID)))
                .join(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID))
                .orderBy(t.field(REVENUE).desc(), PRODUCT.SKU)
                .fetch();
        List<ReportRow> products = new ArrayList<>(rows.size());
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (var r : rows) {
            products.add(new ReportRow(r.value1(), r.value2(), 0, r.value5(), r.value6(), r.value7(), r.value8()));
            long[] c = sums.computeIfAbsent(r.value3(), k -> new long[4]);
            c[0] += r.value5();
            c[1] += r.value6();
            c[2] += r.value7();
            c[3] += r.value8();
            names.putIfAbsent(r.value3(), r.value4());
        }
        List<ReportRow> categories = new ArrayList<>();
        sums.forEach((code, c) -> categories.add(new ReportRow(code, names.get(code), 0, c[0], c[1], c[2], c[3])));
        categories.sort(Comparator.comparingLong(ReportRow::revenueMinor).reversed().thenComparing(ReportRow::key));
        return new ProductMix(products, categories);
    }

    private static final String QTY = "qty";
    private static final String REVENUE = "revenue";
    private static final String TAX = "tax";
    private static final String COST = "cost";

    /** Product rollups of the range summed per product (id, qty, revenue, tax, cost). */
    private static org.jooq.Select<? extends org.jooq.Record> perProduct(String from, String to) {
        return DSL.select(ROLLUP_PRODUCT_DAY.PRODUCT_ID,
                        total(ROLLUP_PRODUCT_DAY.QUANTITY).as(QTY),
                        total(ROLLUP_PRODUCT_DAY.REVENUE_MINOR).as(REVENUE),
                        total(ROLLUP_PRODUCT_DAY.TAX_MINOR).as(TAX),
                        total(ROLLUP_PRODUCT_DAY.COST_MINOR).as(COST))
                .from(ROLLUP_PRODUCT_DAY)
                .where(ROLLUP_PRODUCT_DAY.BUSINESS_DAY.between(from, to))
                .groupBy(ROLLUP_PRODUCT_DAY.PRODUCT_ID);
    }
}
