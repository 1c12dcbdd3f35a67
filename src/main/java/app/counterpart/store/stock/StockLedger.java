package app.counterpart.store.stock;

import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static app.counterpart.store.jooq.Tables.STOCK_MOVEMENT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import app.counterpart.store.RenderedStatement;
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
     * One movement per line of a sale whose product keeps stock, in one set-based statement however
     * many lines. The movement takes its sale line's id (a line moves stock once, so its id names the
     * movement; the unique sale_line_id index guards the same). Its kind is the sale's kind, whose
     * codes are the movement codes, and it takes away what the line sold: a refund or void line
     * carries a negative quantity, so its movement puts stock back. Rendered once: it runs with every
     * sale commit.
     */
    private static final RenderedStatement BOOK_SALE = new RenderedStatement(
            insertInto(STOCK_MOVEMENT, STOCK_MOVEMENT.ID, STOCK_MOVEMENT.PRODUCT_ID, STOCK_MOVEMENT.KIND,
                    STOCK_MOVEMENT.QUANTITY, STOCK_MOVEMENT.SALE_LINE_ID, STOCK_MOVEMENT.STAFF_ID,
                    STOCK_MOVEMENT.REASON, STOCK_MOVEMENT.CREATED_AT)
                    .select(select(SALE_LINE.ID, SALE_LINE.PRODUCT_ID, SALE.KIND, SALE_LINE.QUANTITY.neg(),
                            SALE_LINE.ID, SALE.CASHIER_ID, inline((String) null), SALE.CREATED_AT)
                            .from(SALE_LINE)
                            .join(SALE).on(SALE.ID.eq(SALE_LINE.SALE_ID))
                            .join(PRODUCT).on(PRODUCT.ID.eq(SALE_LINE.PRODUCT_ID))
                            .where(SALE_LINE.SALE_ID.eq(param(SALE_LINE.SALE_ID)))
                            .and(PRODUCT.TRACK_STOCK.eq(inline(1)))));

    /**
     * Books the stock movements of the given sales' lines, one statement run per sale in one batch,
     * which keeps a till's commit cheap.
     */
    public static void bookSales(DSLContext ctx, Collection<String> saleIds) {
        RenderedStatement.Batch batch = BOOK_SALE.batch(ctx);
        for (String saleId : saleIds) {
            batch.bind(saleId);
        }
        batch.execute();
    }
}
