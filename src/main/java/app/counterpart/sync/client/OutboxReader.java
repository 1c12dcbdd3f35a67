package app.counterpart.sync.client;

import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Messages.Mutation;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the next push page from the outbox, oldest first. Immutable rows (a sale, a stock movement,
 * a service note, a closed payout period) travel as the row itself, read here with one query per table
 * per page; the outbox holds only their ids so it stays small (ADR 3). Mutable entities travel as the
 * payload the store wrote. Plain JDBC: a year of sales goes through here, and mapping each row to a
 * jOOQ record first costs more than the JSON.
 */
public final class OutboxReader {

    private static final System.Logger LOG = System.getLogger("app.counterpart.sync");

    /** Room left in a page's byte budget for the push request around the mutations. */
    static final int ENVELOPE_BYTES = 256;

    /**
     * One push page: its mutations and each one's JSON, serialised once for both the byte budget and
     * the request body.
     */
    public record Page(List<Mutation> mutations, List<byte[]> json) {

        public boolean isEmpty() {
            return mutations.isEmpty();
        }

        /** The body of {@code POST /v1/push}: the JSON of a {@code PushRequest} of these mutations. */
        public byte[] pushBody(String deviceId) {
            int size = ENVELOPE_BYTES + json.stream().mapToInt(j -> j.length + 1).sum();
            ByteArrayOutputStream out = new ByteArrayOutputStream(size);
            out.writeBytes(("{\"protocol\":" + Protocol.VERSION + ",\"schema\":" + Database.SCHEMA_VERSION
                    + ",\"device_id\":").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(Wire.write(deviceId));
            out.writeBytes(",\"mutations\":[".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < json.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.writeBytes(json.get(i));
            }
            out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private record Row(long seq, String mutationId, String entity, String entityId, String op, String hlc,
                       long createdAt, String payload) {
    }

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
    public Page nextPage() {
        return nextPage(0);
    }

    /** The page from {@code fromSeq} on, for reading the next page while the current one is sent. */
    Page nextPage(long fromSeq) {
        return db.read(ctx -> ctx.connectionResult(c -> {
            List<Row> rows = outbox(c, fromSeq);
            Documents documents = new Documents(c, rows);
            List<Mutation> mutations = new ArrayList<>(rows.size());
            List<byte[]> json = new ArrayList<>(rows.size());
            long bytes = ENVELOPE_BYTES;
            for (Row row : rows) {
                Mutation m = new Mutation(row.seq(), row.mutationId(), row.entity(), row.entityId(), row.op(),
                        row.hlc(), row.createdAt(), documents.data(row.entity(), row.entityId(), row.payload()));
                byte[] encoded = Wire.write(m);
                // +1 for the comma between mutations in the array.
                bytes += encoded.length + 1;
                if (bytes > maxBytes && !mutations.isEmpty()) {
                    break;
                }
                mutations.add(m);
                json.add(encoded);
            }
            return new Page(mutations, json);
        }));
    }

    private List<Row> outbox(Connection c, long fromSeq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT seq, mutation_id, entity, entity_id, op, hlc,"
                + " created_at, payload FROM outbox WHERE seq >= ? ORDER BY seq LIMIT ?")) {
            st.setLong(1, fromSeq);
            st.setInt(2, maxMutations);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8)));
                }
            }
            return rows;
        }
    }

    /** The row documents of one page, read with one query per table. */
    private static final class Documents {

        private final Map<String, ObjectNode> sales = new HashMap<>();
        private final Map<String, Map<String, ObjectNode>> rows = new HashMap<>();

        Documents(Connection c, List<Row> outbox) throws SQLException {
            Map<String, Set<String>> ids = new HashMap<>();
            for (Row r : outbox) {
                ids.computeIfAbsent(r.entity(), e -> new LinkedHashSet<>()).add(r.entityId());
            }
            Set<String> saleIds = ids.getOrDefault("sale", Set.of());
            query(c, "SELECT * FROM sale WHERE id IN (%s)", saleIds, "id", false, (id, doc) -> {
                doc.putArray("lines");
                doc.putArray("payments");
                sales.put(id, doc);
            });
            query(c, "SELECT * FROM sale_line WHERE sale_id IN (%s) ORDER BY sale_id, line_no", saleIds, "sale_id",
                    true, (saleId, line) -> ((ArrayNode) sales.get(saleId).get("lines")).add(line));
            query(c, "SELECT * FROM payment WHERE sale_id IN (%s) ORDER BY sale_id, seq", saleIds, "sale_id", true,
                    (saleId, payment) -> ((ArrayNode) sales.get(saleId).get("payments")).add(payment));
            rows("service_note", "id", c, ids);
            rows("stock_movement", "id", c, ids);
            rows("payout_period", "period_key", c, ids);
        }

        private void rows(String table, String key, Connection c, Map<String, Set<String>> ids) throws SQLException {
            Map<String, ObjectNode> byId = rows.computeIfAbsent(table, t -> new HashMap<>());
            query(c, "SELECT * FROM " + table + " WHERE " + key + " IN (%s)", ids.getOrDefault(table, Set.of()), key,
                    false, byId::put);
        }

        /**
         * Runs {@code sql} for the ids and hands each row as a document to {@code sink} with the value of
         * its {@code key} column, which the document leaves out when {@code leaveOutKey} (a line's sale_id).
         */
        private static void query(Connection c, String sql, Collection<String> ids, String key, boolean leaveOutKey,
                BiConsumer<String, ObjectNode> sink) throws SQLException {
            if (ids.isEmpty()) {
                return;
            }
            String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement st = c.prepareStatement(String.format(sql, marks))) {
                int i = 1;
                for (String id : ids) {
                    st.setString(i++, id);
                }
                try (ResultSet rs = st.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int columns = meta.getColumnCount();
                    String[] names = new String[columns + 1];
                    int keyColumn = 0;
                    for (int col = 1; col <= columns; col++) {
                        names[col] = meta.getColumnName(col);
                        if (names[col].equals(key)) {
                            keyColumn = col;
                        }
                    }
                    while (rs.next()) {
                        ObjectNode doc = Wire.JSON.createObjectNode();
                        for (int col = 1; col <= columns; col++) {
                            if (leaveOutKey && col == keyColumn) {
                                continue;
                            }
                            put(doc, names[col], rs.getObject(col));
                        }
                        sink.accept(rs.getString(keyColumn), doc);
                    }
                }
            }
        }

        /** A column by its SQL name with its stored value: integers, text, or null. */
        private static void put(ObjectNode doc, String name, Object v) {
            if (v == null) {
                doc.putNull(name);
            } else if (v instanceof Long l) {
                doc.put(name, l);
            } else if (v instanceof Integer i) {
                doc.put(name, i);
            } else if (v instanceof Double d) {
                doc.put(name, d);
            } else {
                doc.put(name, v.toString());
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
    }
}
