package app.counterpart.store.customers;

import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.SERVICE_NOTE;
import static app.counterpart.store.jooq.Tables.STAFF;

import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.customers.timeline.TimelineException;
import app.counterpart.core.customers.timeline.TimelineRepository;
import app.counterpart.store.Database;
import app.counterpart.store.StoreException;
import app.counterpart.store.outbox.OutboxWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The service timeline in {@code service_note}. Rows are only inserted (triggers refuse changes and
 * deletes); each insert queues an outbox row that names the note, which the uploader reads itself.
 */
public final class JooqTimelineRepository implements TimelineRepository {

    private final Database db;

    public JooqTimelineRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<ServiceEntry> entries(String customerId) {
        return db.read(ctx -> select(ctx, SERVICE_NOTE.CUSTOMER_ID.eq(customerId))
                .orderBy(SERVICE_NOTE.CREATED_AT, SERVICE_NOTE.ID).fetch(JooqTimelineRepository::entry));
    }

    @Override
    public Optional<ServiceEntry> latest(String customerId) {
        return db.read(ctx -> select(ctx, SERVICE_NOTE.CUSTOMER_ID.eq(customerId))
                .orderBy(SERVICE_NOTE.CREATED_AT.desc(), SERVICE_NOTE.ID.desc()).limit(1)
                .fetchOptional(JooqTimelineRepository::entry));
    }

    @Override
    public Optional<ServiceEntry> entry(String id) {
        return db.read(ctx -> select(ctx, SERVICE_NOTE.ID.eq(id)).fetchOptional(JooqTimelineRepository::entry));
    }

    private static org.jooq.SelectConditionStep<Record> select(DSLContext ctx, Condition where) {
        return ctx.select(SERVICE_NOTE.fields()).select(STAFF.NAME, STAFF.NAME_ZH).from(SERVICE_NOTE)
                .join(STAFF).on(STAFF.ID.eq(SERVICE_NOTE.STAFF_ID)).where(where);
    }

    private static ServiceEntry entry(Record r) {
        return new ServiceEntry(r.get(SERVICE_NOTE.ID), r.get(SERVICE_NOTE.CUSTOMER_ID), r.get(SERVICE_NOTE.STAFF_ID),
                r.get(STAFF.NAME), r.get(STAFF.NAME_ZH), ServiceKind.ofCode(r.get(SERVICE_NOTE.KIND)),
                r.get(SERVICE_NOTE.BODY), r.get(SERVICE_NOTE.CORRECTS_ID),
                Instant.ofEpochMilli(r.get(SERVICE_NOTE.CREATED_AT)));
    }

    @Override
    public void add(ServiceEntry e) {
        try {
            db.write(ctx -> {
                insert(ctx, e);
                return null;
            });
        } catch (StoreException ex) {
            if (ex.getCause() instanceof TimelineException t) {
                throw t;
            }
            throw ex;
        }
    }

    /** Inserts an entry inside the caller's transaction (a care task's outcome joins the task's). */
    static void insert(DSLContext ctx, ServiceEntry e) {
        if (!ctx.fetchExists(CUSTOMER, CUSTOMER.ID.eq(e.customerId()))) {
            throw new TimelineException(TimelineException.Problem.UNKNOWN_CUSTOMER, e.customerId());
        }
        if (e.correctsId() != null && !ctx.fetchExists(SERVICE_NOTE,
                SERVICE_NOTE.ID.eq(e.correctsId()).and(SERVICE_NOTE.CUSTOMER_ID.eq(e.customerId())))) {
            throw new TimelineException(TimelineException.Problem.UNKNOWN_ENTRY, e.correctsId());
        }
        ctx.insertInto(SERVICE_NOTE)
                .set(SERVICE_NOTE.ID, e.id())
                .set(SERVICE_NOTE.CUSTOMER_ID, e.customerId())
                .set(SERVICE_NOTE.STAFF_ID, e.staffId())
                .set(SERVICE_NOTE.KIND, e.kind().code())
                .set(SERVICE_NOTE.BODY, e.body())
                .set(SERVICE_NOTE.CORRECTS_ID, e.correctsId())
                .set(SERVICE_NOTE.CREATED_AT, e.at().toEpochMilli())
                .execute();
        OutboxWriter outbox = new OutboxWriter(ctx);
        outbox.add(e.id(), "service_note", e.id(), "insert", null, e.at().toEpochMilli());
        outbox.flush();
    }

    @Override
    public void addAll(List<ServiceEntry> entries) {
        db.write(ctx -> {
            var notes = ctx.batch(ctx.insertInto(SERVICE_NOTE, SERVICE_NOTE.ID, SERVICE_NOTE.CUSTOMER_ID,
                    SERVICE_NOTE.STAFF_ID, SERVICE_NOTE.KIND, SERVICE_NOTE.BODY, SERVICE_NOTE.CORRECTS_ID,
                    SERVICE_NOTE.CREATED_AT).values((String) null, null, null, null, null, null, null));
            OutboxWriter outbox = new OutboxWriter(ctx);
            for (ServiceEntry e : entries) {
                notes.bind(e.id(), e.customerId(), e.staffId(), e.kind().code(), e.body(), e.correctsId(),
                        e.at().toEpochMilli());
                outbox.add(e.id(), "service_note", e.id(), "insert", null, e.at().toEpochMilli());
            }
            if (!entries.isEmpty()) {
                notes.execute();
                outbox.flush();
            }
            return null;
        });
    }
}
