package app.counterpart.store.outbox;

import static app.counterpart.store.jooq.Tables.OUTBOX;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.param;

import app.counterpart.store.RenderedStatement;
import org.jooq.DSLContext;

/**
 * Queues mutations for head office inside the caller's transaction, so a business write and its
 * outbox row commit together or not at all. SQLite's AUTOINCREMENT gives the per-device seq.
 */
public final class OutboxWriter {

    /** Rendered once: every sale commit queues its rows with it. */
    private static final RenderedStatement INSERT = new RenderedStatement(insertInto(OUTBOX, OUTBOX.MUTATION_ID,
            OUTBOX.ENTITY, OUTBOX.ENTITY_ID, OUTBOX.OP, OUTBOX.PAYLOAD, OUTBOX.CREATED_AT)
            .values(param(OUTBOX.MUTATION_ID), param(OUTBOX.ENTITY), param(OUTBOX.ENTITY_ID), param(OUTBOX.OP),
                    param(OUTBOX.PAYLOAD), param(OUTBOX.CREATED_AT)));

    private final RenderedStatement.Batch batch;

    public OutboxWriter(DSLContext ctx) {
        this.batch = INSERT.batch(ctx);
    }

    public void add(String mutationId, String entity, String entityId, String op, String payload, long createdAt) {
        batch.bind(mutationId, entity, entityId, op, payload, createdAt);
    }

    public void flush() {
        batch.execute();
    }
}
