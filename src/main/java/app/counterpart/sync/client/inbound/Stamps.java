package app.counterpart.sync.client.inbound;

import org.jooq.DSLContext;

/**
 * The HLC stamps of what this device holds (V13, V14): per customer field, per field of another shared
 * entity, and per entity. Local edits write them by trigger; applying a pulled edit writes them here.
 * Stamps are text that sorts like the stamps themselves (see Hlc), so comparing text compares stamps.
 */
final class Stamps {

    private Stamps() {
    }

    /** Whether an edit stamped {@code hlc} is newer than what a stamp says; no stamp is older than anything. */
    static boolean newer(String hlc, String stamp) {
        return stamp == null || hlc.compareTo(stamp) > 0;
    }

    static String customerField(DSLContext ctx, String customerId, String field) {
        return ctx.fetchValue("SELECT hlc FROM customer_field_stamp WHERE customer_id = ? AND field = ?",
                customerId, field) instanceof String s ? s : null;
    }

    static void stampCustomerField(DSLContext ctx, String customerId, String field, String hlc) {
        ctx.execute("INSERT OR REPLACE INTO customer_field_stamp (customer_id, field, hlc) VALUES (?, ?, ?)",
                customerId, field, hlc);
    }

    static String field(DSLContext ctx, String entity, String id, String field) {
        return ctx.fetchValue("SELECT hlc FROM entity_field_stamp WHERE entity = ? AND entity_id = ? AND field = ?",
                entity, id, field) instanceof String s ? s : null;
    }

    static void stampField(DSLContext ctx, String entity, String id, String field, String hlc) {
        ctx.execute("INSERT OR REPLACE INTO entity_field_stamp (entity, entity_id, field, hlc) VALUES (?, ?, ?, ?)",
                entity, id, field, hlc);
    }

    static String entity(DSLContext ctx, String entity, String id) {
        return ctx.fetchValue("SELECT hlc FROM entity_stamp WHERE entity = ? AND entity_id = ?", entity, id)
                instanceof String s ? s : null;
    }

    /** Moves the entity's stamp up to {@code hlc}, never down. */
    static void stampEntity(DSLContext ctx, String entity, String id, String hlc) {
        ctx.execute("INSERT INTO entity_stamp (entity, entity_id, hlc) VALUES (?, ?, ?)"
                + " ON CONFLICT (entity, entity_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)", entity, id, hlc);
    }

    /** The customer a record became: a merged record's later changes go to its survivor (ADR 0017). */
    static String survivor(DSLContext ctx, String customerId) {
        String at = customerId;
        for (int hops = 0; at != null && hops < 64; hops++) {
            Object next = ctx.fetchValue("SELECT merged_into FROM customer WHERE id = ?", at);
            if (!(next instanceof String s)) {
                return at;
            }
            at = s;
        }
        return at;
    }
}
