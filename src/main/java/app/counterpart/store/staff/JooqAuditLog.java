package app.counterpart.store.staff;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;

import app.counterpart.core.staff.AuditLog;
import app.counterpart.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The audit log newest first. Every filter has an index that ends with {@code at} (audit_log_at,
 * audit_log_staff, audit_log_action), so a page is an index range read in order, never a sort of the log.
 */
public final class JooqAuditLog implements AuditLog {

    private final Database db;

    public JooqAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public List<Entry> page(Filter filter, Entry after, int limit) {
        List<Condition> where = new ArrayList<>();
        if (filter.staffId() != null) {
            where.add(AUDIT_LOG.STAFF_ID.eq(filter.staffId()));
        }
        if (filter.action() != null) {
            where.add(AUDIT_LOG.ACTION.eq(filter.action()));
        }
        if (filter.from() != null) {
            where.add(AUDIT_LOG.AT.ge(filter.from().toEpochMilli()));
        }
        if (filter.to() != null) {
            where.add(AUDIT_LOG.AT.lt(filter.to().toEpochMilli()));
        }
        if (after != null) {
            long at = after.at().toEpochMilli();
            // "at <= ?" first: SQLite seeks the index to it; the OR alone made it scan from the newest row
            // (1.1 s for a page 10,000 rows deep on the scale-12 store).
            where.add(AUDIT_LOG.AT.le(at));
            where.add(AUDIT_LOG.AT.lt(at).or(AUDIT_LOG.ID.lt(after.id())));
        }
        return db.read(ctx -> ctx.selectFrom(AUDIT_LOG).where(DSL.and(where))
                .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new Entry(r.getId(), Instant.ofEpochMilli(r.getAt()), r.getStaffId(), r.getAction(),
                        r.getEntity(), r.getEntityId(), r.getDetail())));
    }

    @Override
    public List<String> actions() {
        return db.read(ctx -> ctx.selectDistinct(AUDIT_LOG.ACTION).from(AUDIT_LOG).orderBy(AUDIT_LOG.ACTION)
                .fetch(AUDIT_LOG.ACTION));
    }
}
