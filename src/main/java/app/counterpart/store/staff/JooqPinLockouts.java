package app.counterpart.store.staff;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.PIN_LOCKOUT;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sell.PinLockouts;
import app.counterpart.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** PIN lockouts in the store, so they outlive a restart; a lock and its audit row commit together. */
public final class JooqPinLockouts implements PinLockouts {

    private final Database db;
    private final IdGenerator ids;
    private final Clock clock;

    public JooqPinLockouts(Database db, IdGenerator ids, Clock clock) {
        this.db = db;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Map<String, Instant> lockedUntil(Instant now) {
        return db.read(ctx -> ctx.selectFrom(PIN_LOCKOUT).where(PIN_LOCKOUT.LOCKED_UNTIL.gt(now.toEpochMilli()))
                .fetchMap(PIN_LOCKOUT.STAFF_ID, r -> Instant.ofEpochMilli(r.getLockedUntil())));
    }

    @Override
    public void lock(String staffId, Instant until, int failures) {
        db.write(ctx -> {
            ctx.insertInto(PIN_LOCKOUT)
                    .set(PIN_LOCKOUT.STAFF_ID, staffId)
                    .set(PIN_LOCKOUT.LOCKED_UNTIL, until.toEpochMilli())
                    .set(PIN_LOCKOUT.FAILURES, failures)
                    .onConflict(PIN_LOCKOUT.STAFF_ID).doUpdate()
                    .set(PIN_LOCKOUT.LOCKED_UNTIL, until.toEpochMilli())
                    .set(PIN_LOCKOUT.FAILURES, failures)
                    .execute();
            Instant now = clock.instant();
            ctx.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, ids.next(now))
                    .set(AUDIT_LOG.AT, now.toEpochMilli())
                    .set(AUDIT_LOG.STAFF_ID, staffId)
                    .set(AUDIT_LOG.ACTION, "pin.locked")
                    .set(AUDIT_LOG.ENTITY, "staff")
                    .set(AUDIT_LOG.ENTITY_ID, staffId)
                    .set(AUDIT_LOG.DETAIL, failures + " wrong PINs; locked until " + until)
                    .execute();
            return null;
        });
    }

    @Override
    public void unlock(String staffId) {
        db.write(ctx -> ctx.deleteFrom(PIN_LOCKOUT).where(PIN_LOCKOUT.STAFF_ID.eq(staffId)).execute());
    }
}
