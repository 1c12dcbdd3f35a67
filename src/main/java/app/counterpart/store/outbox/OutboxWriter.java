package app.counterpart.store.outbox;

import static app.counterpart.store.jooq.Tables.OUTBOX;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Queues mutations for head office inside the caller's transaction, so a business write and its
 * outbox row commit together or not at all. SQLite's AUTOINCREMENT gives the per-device seq.
 */
public final class OutboxWriter {

    private final BatchBindStep batch;
    private int size;

    public OutboxWriter(DSLContext ctx) {
        this.batch = ctx.batch(ctx.insertInto(OUTBOX, OUTBOX.MUTATION_ID, OUTBOX.ENTITY, OUTBOX.ENTITY_ID, OUTBOX.OP,
                OUTBOX.PAYLOAD, OUTBOX.CREATED_AT).values((String) null, null, null, null, null, null));
    }

    public void add(String mutationId, String entity, String entityId, String op, String payload, long createdAt) {
        batch.bind(mutationId, entity, entityId, op, payload, createdAt);
        size++;
    }

    public void flush() {
        if (size > 0) {
            batch.execute();
        }
    }
}
