package app.counterpart.store.stock;

import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static app.counterpart.store.jooq.Tables.STOCK_LEVEL;
import static app.counterpart.store.jooq.Tables.STOCK_MOVEMENT;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.impl.SQLDataType;

/**
 * Writes to the stock ledger inside a caller's transaction, so a movement and the on-hand figure it
 * changes commit together. Used by the stock repository and by the sale commit.
 */
public final class StockLedger {

    private StockLedger() {
    }

    /**
     * Books one movement per line of the given sales whose product keeps stock, then adds them to
     * on hand: two set-based statements however many lines, which keeps a till's commit cheap.
     * The movement takes its sale line's id (a line moves stock once, so its id names the movement;
     * the unique sale_line_id index guards the same). Its kind is the sale's kind, whose codes are
     * the movement codes, and it takes away what the line sold: a refund or void line carries a
     * negative quantity, so its movement puts stock back.
     */
    public static void bookSales(DSLContext ctx, Collection<String> saleIds) {
        int booked = ctx.insertInto(STOCK_MOVEMENT, STOCK_MOVEMENT.ID, STOCK_MOVEMENT.PRODUCT_ID, STOCK_MOVEMENT.KIND,
                        STOCK_MOVEMENT.QUANTITY, STOCK_MOVEMENT.SALE_LINE_ID, STOCK_MOVEMENT.STAFF_ID,
                        STOCK_MOVEMENT.REASON, STOCK_MOVEMENT.CREATED_AT)
                .select(select(SALE_LINE.ID, SALE_LINE.PRODUCT_ID, SALE.KIND, SALE_LINE.QUANTITY.neg(), SALE_LINE.ID,
                        SALE.CASHIER_ID, inline((String) null), SALE.CREATED_AT)
                        .from(SALE_LINE)
                        .join(SALE).on(SALE.ID.eq(SALE_LINE.SALE_ID))
                        .join(PRODUCT).on(PRODUCT.ID.eq(SALE_LINE.PRODUCT_ID))
                        .where(SALE_LINE.SALE_ID.in(saleIds))
                        .and(PRODUCT.TRACK_STOCK.eq(1)))
                .execute();
        if (booked == 0) {
            return;
        }
        // Summed from the movement rows just written, so on hand moves by exactly what the ledger got.
        ctx.insertInto(STOCK_LEVEL, STOCK_LEVEL.PRODUCT_ID, STOCK_LEVEL.ON_HAND, STOCK_LEVEL.UPDATED_AT)
                .select(select(STOCK_MOVEMENT.PRODUCT_ID, sum(STOCK_MOVEMENT.QUANTITY).cast(SQLDataType.INTEGER),
                        max(STOCK_MOVEMENT.CREATED_AT))
                        .from(STOCK_MOVEMENT)
                        .join(SALE_LINE).on(SALE_LINE.ID.eq(STOCK_MOVEMENT.SALE_LINE_ID))
                        .where(SALE_LINE.SALE_ID.in(saleIds))
                        .groupBy(STOCK_MOVEMENT.PRODUCT_ID))
                .onConflict(STOCK_LEVEL.PRODUCT_ID).doUpdate()
                .set(STOCK_LEVEL.ON_HAND, STOCK_LEVEL.ON_HAND.plus(excluded(STOCK_LEVEL.ON_HAND)))
                .set(STOCK_LEVEL.UPDATED_AT, greatest(STOCK_LEVEL.UPDATED_AT, excluded(STOCK_LEVEL.UPDATED_AT)))
                .execute();
    }

    /** Rows per upsert statement, well inside SQLite's limit on bound variables (three per row). */
    private static final int ROWS_PER_UPSERT = 1_000;

    /**
     * Adds signed quantities to on hand, one row per product.
     *
     * @param deltas product id → {quantity, latest movement time in epoch ms}
     */
    static void addToOnHand(DSLContext ctx, Map<String, long[]> deltas) {
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(deltas.entrySet());
        for (int from = 0; from < rows.size(); from += ROWS_PER_UPSERT) {
            InsertValuesStep3<?, String, Integer, Long> insert =
                    ctx.insertInto(STOCK_LEVEL, STOCK_LEVEL.PRODUCT_ID, STOCK_LEVEL.ON_HAND, STOCK_LEVEL.UPDATED_AT);
            for (Map.Entry<String, long[]> e : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_UPSERT))) {
                insert = insert.values(e.getKey(), Math.toIntExact(e.getValue()[0]), e.getValue()[1]);
            }
            insert.onConflict(STOCK_LEVEL.PRODUCT_ID).doUpdate()
                    .set(STOCK_LEVEL.ON_HAND, STOCK_LEVEL.ON_HAND.plus(excluded(STOCK_LEVEL.ON_HAND)))
                    .set(STOCK_LEVEL.UPDATED_AT, greatest(STOCK_LEVEL.UPDATED_AT, excluded(STOCK_LEVEL.UPDATED_AT)))
                    .execute();
        }
    }
}
