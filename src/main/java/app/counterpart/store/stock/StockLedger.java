package app.counterpart.store.stock;

import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static app.counterpart.store.jooq.Tables.STOCK_MOVEMENT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import org.jooq.DSLContext;

/**
 * Books the stock movements of committed sales inside the sale's transaction. On hand follows by
 * itself: a trigger (migration V3) adds every new movement to stock_level.
 */
public final class StockLedger {

    private StockLedger() {
    }

    /**
     * Books one movement per line of the given sales whose product keeps stock, in one set-based
     * statement however many lines, which keeps a till's commit cheap. The movement takes its sale
     * line's id (a line moves stock once, so its id names the movement; the unique sale_line_id index
     * guards the same). Its kind is the sale's kind, whose codes are the movement codes, and it takes
     * away what the line sold: a refund or void line carries a negative quantity, so its movement puts
     * stock back.
     */
    public static void bookSales(DSLContext ctx, Collection<String> saleIds) {
        ctx.insertInto(STOCK_MOVEMENT, STOCK_MOVEMENT.ID, STOCK_MOVEMENT.PRODUCT_ID, STOCK_MOVEMENT.KIND,
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
    }
}
