package app.counterpart.store.stock;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.STOCK_LEVEL;
import static app.counterpart.store.jooq.Tables.STOCK_MOVEMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.stock.LowStockItem;
import app.counterpart.core.stock.MovementKind;
import app.counterpart.core.stock.StockMovement;
import app.counterpart.core.stock.StockRepository;
import app.counterpart.store.Database;
import app.counterpart.store.outbox.OutboxWriter;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The stock ledger in SQLite. A call that records is one transaction: the movements (batch binds),
 * their outbox rows, and an audit entry for each adjustment and count (stock that left without a
 * sale or a delivery is what an owner wants to trace). On hand in stock_level follows each movement
 * by a trigger in the same transaction (migration V3).
 */
public final class JooqStockRepository implements StockRepository {

    private final Database db;
    private final IdGenerator ids;

    public JooqStockRepository(Database db, IdGenerator ids) {
        this.db = db;
        this.ids = ids;
    }

    @Override
    public void record(List<StockMovement> movements) {
        check(movements);
        if (movements.isEmpty()) {
            return;
        }
        db.write(ctx -> {
            insert(ctx, movements);
            return null;
        });
    }

    @Override
    public List<StockMovement> recordAgainstOnHand(Collection<String> productIds,
            Function<Map<String, Integer>, List<StockMovement>> movementsFor) {
        return db.write(ctx -> {
            Map<String, Integer> onHand = new HashMap<>();
            for (String id : productIds) {
                onHand.put(id, 0);
            }
            ctx.select(STOCK_LEVEL.PRODUCT_ID, STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL)
                    .where(STOCK_LEVEL.PRODUCT_ID.in(productIds))
                    .forEach(r -> onHand.put(r.value1(), r.value2()));
            List<StockMovement> movements = List.copyOf(movementsFor.apply(Map.copyOf(onHand)));
            check(movements);
            if (!movements.isEmpty()) {
                insert(ctx, movements);
            }
            return movements;
        });
    }

    private static void check(List<StockMovement> movements) {
        for (StockMovement m : movements) {
            if (m.kind().fromSale()) {
                throw new IllegalArgumentException(
                        "A " + m.kind().code() + " movement is booked by committing its sale, not recorded directly.");
            }
        }
    }

    private void insert(DSLContext ctx, List<StockMovement> movements) {
        BatchBindStep rows = ctx.batch(ctx.insertInto(STOCK_MOVEMENT, STOCK_MOVEMENT.ID, STOCK_MOVEMENT.PRODUCT_ID,
                STOCK_MOVEMENT.KIND, STOCK_MOVEMENT.QUANTITY, STOCK_MOVEMENT.SALE_LINE_ID, STOCK_MOVEMENT.STAFF_ID,
                STOCK_MOVEMENT.REASON, STOCK_MOVEMENT.CREATED_AT)
                .values((String) null, null, null, null, null, null, null, null));
        BatchBindStep audit = ctx.batch(ctx.insertInto(AUDIT_LOG, AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.STAFF_ID,
                AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.DETAIL)
                .values((String) null, null, null, null, null, null, null));
        int audited = 0;
        OutboxWriter outbox = new OutboxWriter(ctx);
        for (StockMovement m : movements) {
            long at = m.createdAt().toEpochMilli();
            rows.bind(m.id(), m.productId(), m.kind().code(), m.quantity(), m.saleLineId(), m.staffId(), m.reason(),
                    at);
            // A movement never changes, so its id names its one mutation (ADR 0003).
            outbox.add(m.id(), "stock_movement", m.id(), "insert", null, at);
            if (m.kind() == MovementKind.ADJUSTMENT || m.kind() == MovementKind.COUNT) {
                audit.bind(ids.next(m.createdAt()), at, m.staffId(), "stock." + m.kind().code(), "product",
                        m.productId(), m.quantity() + (m.reason() == null ? "" : " " + m.reason()));
                audited++;
            }
        }
        rows.execute();
        outbox.flush();
        if (audited > 0) {
            audit.execute();
        }
    }

    @Override
    public Map<String, Integer> onHand() {
        return db.read(ctx -> {
            Map<String, Integer> out = new HashMap<>();
            ctx.select(PRODUCT.ID, coalesce(STOCK_LEVEL.ON_HAND, inline(0)))
                    .from(PRODUCT).leftJoin(STOCK_LEVEL).on(STOCK_LEVEL.PRODUCT_ID.eq(PRODUCT.ID))
                    .where(PRODUCT.TRACK_STOCK.eq(1))
                    .forEach(r -> out.put(r.value1(), r.value2()));
            return Map.copyOf(out);
        });
    }

    @Override
    public int onHand(String productId) {
        return db.read(ctx -> ctx.select(STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL)
                .where(STOCK_LEVEL.PRODUCT_ID.eq(productId))
                .fetchOptional(STOCK_LEVEL.ON_HAND).orElse(0));
    }

    @Override
    public List<StockMovement> movements(String productId, int limit) {
        return db.read(ctx -> ctx.selectFrom(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.PRODUCT_ID.eq(productId))
                // Movements of the same millisecond (a count) come back in reverse order of booking.
                .orderBy(STOCK_MOVEMENT.CREATED_AT.desc(), field("rowid", Long.class).desc())
                .limit(limit)
                .fetch(r -> new StockMovement(r.getId(), r.getProductId(), MovementKind.fromCode(r.getKind()),
                        r.getQuantity(), r.getSaleLineId(), r.getStaffId(), r.getReason(),
                        Instant.ofEpochMilli(r.getCreatedAt()))));
    }

    @Override
    public List<LowStockItem> lowStock() {
        Field<Integer> onHand = coalesce(STOCK_LEVEL.ON_HAND, inline(0));
        return db.read(ctx -> ctx.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.NAME_ZH, PRODUCT.UNIT, onHand,
                        PRODUCT.LOW_STOCK)
                .from(PRODUCT).leftJoin(STOCK_LEVEL).on(STOCK_LEVEL.PRODUCT_ID.eq(PRODUCT.ID))
                .where(PRODUCT.TRACK_STOCK.eq(1))
                .and(PRODUCT.ACTIVE.eq(1))
                .and(PRODUCT.LOW_STOCK.gt(0).and(onHand.le(PRODUCT.LOW_STOCK)).or(onHand.lt(0)))
                .orderBy(PRODUCT.LOW_STOCK.minus(onHand).desc(), PRODUCT.SKU)
                .fetch(r -> new LowStockItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7())));
    }

    @Override
    public List<String> ledgerMismatches() {
        Table<?> sums = select(STOCK_MOVEMENT.PRODUCT_ID, sum(STOCK_MOVEMENT.QUANTITY).as("total"))
                .from(STOCK_MOVEMENT).groupBy(STOCK_MOVEMENT.PRODUCT_ID).asTable("ledger");
        Field<String> ledgerProduct = sums.field(STOCK_MOVEMENT.PRODUCT_ID.getName(), String.class);
        Field<Long> ledgerTotal = sums.field("total", SQLDataType.BIGINT);
        return db.read(ctx -> ctx.select(PRODUCT.ID)
                .from(PRODUCT)
                .leftJoin(STOCK_LEVEL).on(STOCK_LEVEL.PRODUCT_ID.eq(PRODUCT.ID))
                .leftJoin(sums).on(ledgerProduct.eq(PRODUCT.ID))
                .where(coalesce(STOCK_LEVEL.ON_HAND.cast(SQLDataType.BIGINT), inline(0L))
                        .ne(coalesce(ledgerTotal, inline(0L))))
                .orderBy(PRODUCT.ID)
                .fetch(PRODUCT.ID));
    }
}
