package app.counterpart.sync.client;

import static app.counterpart.store.jooq.Tables.OUTBOX;
import static app.counterpart.store.jooq.Tables.PAYMENT;
import static app.counterpart.store.jooq.Tables.PAYOUT_PERIOD;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static app.counterpart.store.jooq.Tables.SERVICE_NOTE;
import static app.counterpart.store.jooq.Tables.STOCK_MOVEMENT;

import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Messages.Mutation;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Reads the next push page from the outbox, oldest first. Immutable rows (a sale, a stock movement,
 * a service note, a closed payout period) travel as the row itself, read here in one query per table
 * per page; the outbox holds only their ids so it stays small. Mutable entities travel as the payload
 * the store wrote.
 */
public final class OutboxReader {

    private static final System.Logger LOG = System.getLogger("app.counterpart.sync");

    /** Room left in a page's byte budget for the push request around the mutations. */
    static final int ENVELOPE_BYTES = 256;

    private final Database db;
    private final int maxMutations;
    private final int maxBytes;

    public OutboxReader(Database db) {
        this(db, Protocol.MAX_PAGE_MUTATIONS, Protocol.MAX_PAGE_BYTES);
    }

    OutboxReader(Database db, int maxMutations, int maxBytes) {
        this.db = db;
        this.maxMutations = maxMutations;
        this.maxBytes = maxBytes;
    }

    /**
     * The oldest outbox rows, at most {@link Protocol#MAX_PAGE_MUTATIONS} of them and at most
     * {@link Protocol#MAX_PAGE_BYTES} of JSON; empty when the outbox is. A single mutation larger than
     * the byte budget still makes a page of its own, so it cannot block the queue.
     */
    public List<Mutation> nextPage() {
        return db.read(ctx -> {
            var rows = ctx
                    .select(OUTBOX.SEQ, OUTBOX.MUTATION_ID, OUTBOX.ENTITY, OUTBOX.ENTITY_ID, OUTBOX.OP, OUTBOX.HLC,
                            OUTBOX.CREATED_AT, OUTBOX.PAYLOAD)
                    .from(OUTBOX).orderBy(OUTBOX.SEQ).limit(maxMutations).fetch();
            Documents documents = new Documents(ctx, rows);
            List<Mutation> page = new ArrayList<>(rows.size());
            long bytes = ENVELOPE_BYTES;
            for (var row : rows) {
                Mutation m = new Mutation(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), documents.data(row.value3(), row.value4(), row.value8()));
                // +1 for the comma between mutations in the array.
                bytes += Wire.write(m).length + 1;
                if (bytes > maxBytes && !page.isEmpty()) {
                    break;
                }
                page.add(m);
            }
            return page;
        });
    }

    /** The row documents of one page, read with one query per table. */
    private static final class Documents {

        private final Map<String, ObjectNode> sales = new HashMap<>();
        private final Map<String, Map<String, ObjectNode>> rows = new HashMap<>();

        Documents(DSLContext ctx, Result<? extends Record> outbox) {
            Map<String, Set<String>> ids = outbox.stream().collect(Collectors.groupingBy(r -> r.get(OUTBOX.ENTITY),
                    Collectors.mapping(r -> r.get(OUTBOX.ENTITY_ID), Collectors.toSet())));
            readSales(ctx, ids.getOrDefault("sale", Set.of()));
            readRows(ctx, "service_note", SERVICE_NOTE, SERVICE_NOTE.ID, ids);
            readRows(ctx, "stock_movement", STOCK_MOVEMENT, STOCK_MOVEMENT.ID, ids);
            readRows(ctx, "payout_period", PAYOUT_PERIOD, PAYOUT_PERIOD.PERIOD_KEY, ids);
        }

        private void readSales(DSLContext ctx, Set<String> ids) {
            if (ids.isEmpty()) {
                return;
            }
            for (Record r : ctx.selectFrom(SALE).where(SALE.ID.in(ids)).fetch()) {
                ObjectNode sale = document(r, null);
                sale.putArray("lines");
                sale.putArray("payments");
                sales.put(r.get(SALE.ID), sale);
            }
            for (Record r : ctx.selectFrom(SALE_LINE).where(SALE_LINE.SALE_ID.in(ids))
                    .orderBy(SALE_LINE.SALE_ID, SALE_LINE.LINE_NO).fetch()) {
                ((ArrayNode) sales.get(r.get(SALE_LINE.SALE_ID)).get("lines")).add(document(r, SALE_LINE.SALE_ID));
            }
            for (Record r : ctx.selectFrom(PAYMENT).where(PAYMENT.SALE_ID.in(ids))
                    .orderBy(PAYMENT.SALE_ID, PAYMENT.SEQ).fetch()) {
                ((ArrayNode) sales.get(r.get(PAYMENT.SALE_ID)).get("payments")).add(document(r, PAYMENT.SALE_ID));
            }
        }

        private void readRows(DSLContext ctx, String entity, Table<?> table, TableField<?, String> id,
                Map<String, Set<String>> ids) {
            Set<String> wanted = ids.getOrDefault(entity, Set.of());
            if (wanted.isEmpty()) {
                return;
            }
            Map<String, ObjectNode> byId = rows.computeIfAbsent(entity, e -> new HashMap<>());
            for (Record r : ctx.selectFrom(table).where(id.in(wanted)).fetch()) {
                byId.put(r.get(id), document(r, null));
            }
        }

        ObjectNode data(String entity, String entityId, String payload) {
            if (entity.equals("sale")) {
                return missing(entity, entityId, sales.get(entityId));
            }
            if (rows.containsKey(entity)) {
                return missing(entity, entityId, rows.get(entity).get(entityId));
            }
            return parse(entity, entityId, payload);
        }

        /**
         * A row the outbox names but the store lacks cannot happen while both are written in one
         * transaction; should it, the mutation still goes out without data, head office rejects it, and
         * the rejection is shown, rather than the queue stopping for good.
         */
        private static ObjectNode missing(String entity, String entityId, ObjectNode found) {
            if (found == null) {
                LOG.log(System.Logger.Level.WARNING, "outbox names {0} {1}, which the store does not hold",
                        entity, entityId);
            }
            return found;
        }

        private static ObjectNode parse(String entity, String entityId, String payload) {
            if (payload == null) {
                return null;
            }
            try {
                JsonNode node = Wire.JSON.readTree(payload);
                if (node instanceof ObjectNode object) {
                    return object;
                }
            } catch (JsonProcessingException e) {
                LOG.log(System.Logger.Level.WARNING, "outbox payload of {0} {1} is not JSON", entity, entityId);
                return null;
            }
            LOG.log(System.Logger.Level.WARNING, "outbox payload of {0} {1} is not a JSON object", entity, entityId);
            return null;
        }

        /** The row's columns by their SQL names and stored values. */
        private static ObjectNode document(Record r, Field<?> leaveOut) {
            ObjectNode node = Wire.JSON.createObjectNode();
            for (Field<?> f : r.fields()) {
                if (leaveOut != null && f.getName().equals(leaveOut.getName())) {
                    continue;
                }
                Object v = r.get(f);
                String name = f.getName();
                if (v == null) {
                    node.putNull(name);
                } else if (v instanceof Long l) {
                    node.put(name, l);
                } else if (v instanceof Integer i) {
                    node.put(name, i);
                } else if (v instanceof Boolean b) {
                    node.put(name, b ? 1 : 0);
                } else {
                    node.put(name, v.toString());
                }
            }
            return node;
        }
    }
}
