package app.counterpart.sync.client.inbound;

import app.counterpart.sync.protocol.Messages.Change;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Rows that never change once written, sent as their columns: service notes, stock movements (on hand
 * follows by V3's trigger), closed pay periods. Inserted if absent; a second copy changes nothing.
 */
final class RowChanges {

    /** The entity's table and the column holding its id. */
    private static final Map<String, String[]> TABLES = Map.of("service_note", new String[] {"service_note", "id"},
            "stock_movement", new String[] {"stock_movement", "id"},
            "payout_period", new String[] {"payout_period", "period_key"});

    static boolean handles(String entity) {
        return TABLES.containsKey(entity);
    }

    boolean apply(DSLContext ctx, Change change) {
        if (!"insert".equals(change.op())) {
            return false;
        }
        String[] table = TABLES.get(change.entity());
        ObjectNode d = Data.of(change.data());
        if (d.has(table[1]) && !change.entityId().equals(Data.text(d, table[1]))) {
            throw new Unappliable(change.entity() + " " + change.entityId() + " carries the id "
                    + Data.text(d, table[1]));
        }
        if (ctx.fetchExists(ctx.selectOne().from(table[0]).where(table[1] + " = ?", change.entityId()))) {
            return false;
        }
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        // Only this device's columns: names come from its schema, never from the wire.
        for (String column : ctx.fetch("PRAGMA table_info(" + table[0] + ")").getValues("name", String.class)) {
            if (column.equals(table[1])) {
                columns.add(column);
                values.add(change.entityId());
            } else if (d.has(column)) {
                columns.add(column);
                Object value = Data.sql(d.get(column));
                // A note about a merged record belongs to its survivor, where the merge moved the others.
                values.add(column.equals("customer_id") && value instanceof String id ? Stamps.survivor(ctx, id) : value);
            }
        }
        ctx.execute("INSERT INTO " + table[0] + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", values.toArray());
        return true;
    }
}
