package app.counterpart.store.staff;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.STAFF;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.core.staff.StaffRepository;
import app.counterpart.store.Database;
import app.counterpart.store.outbox.OutboxWriter;
import app.counterpart.store.outbox.Payload;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public final class JooqStaffRepository implements StaffRepository {

    private final Database db;
    private final Clock clock;
    private final IdGenerator ids;

    public JooqStaffRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.ids = IdGenerator.secure(clock);
    }

    @Override
    public List<Staff> staff() {
        return db.read(ctx -> ctx.selectFrom(STAFF).orderBy(STAFF.CODE)
                .fetch(r -> new Staff(r.getId(), r.getCode(), r.getName(), r.getNameZh(), Role.fromCode(r.getRole()),
                        StaffKind.fromCode(r.getKind()), r.getPinHash(), r.getPhone(),
                        r.getHiredOn() == null ? null : LocalDate.parse(r.getHiredOn()), r.getActive() == 1)));
    }

    @Override
    public void addAll(Collection<Staff> staff) {
        long now = clock.millis();
        db.write(ctx -> {
            for (Staff s : staff) {
                ctx.insertInto(STAFF).set(STAFF.ID, s.id()).set(fields(s)).set(STAFF.CREATED_AT, now).set(STAFF.UPDATED_AT, now).execute();
            }
            return null;
        });
    }

    @Override
    public void save(Staff s, String by, String action, String detail) {
        Instant now = clock.instant();
        db.write(ctx -> {
            ctx.insertInto(STAFF).set(STAFF.ID, s.id()).set(fields(s))
                    .set(STAFF.CREATED_AT, now.toEpochMilli())
                    .set(STAFF.UPDATED_AT, now.toEpochMilli())
                    .onConflict(STAFF.ID).doUpdate()
                    .set(fields(s))
                    .set(STAFF.UPDATED_AT, now.toEpochMilli())
                    .execute();
            ctx.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, ids.next(now))
                    .set(AUDIT_LOG.AT, now.toEpochMilli())
                    .set(AUDIT_LOG.STAFF_ID, by)
                    .set(AUDIT_LOG.ACTION, action)
                    .set(AUDIT_LOG.ENTITY, "staff")
                    .set(AUDIT_LOG.ENTITY_ID, s.id())
                    .set(AUDIT_LOG.DETAIL, detail)
                    .execute();
            // Head office keeps staff master data; the PIN hash stays in the shop.
            OutboxWriter outbox = new OutboxWriter(ctx);
            outbox.add(ids.next(now), "staff", s.id(), "upsert", new Payload().put("code", s.code())
                    .put("name", s.name()).put("name_zh", s.nameZh()).put("role", s.role().code())
                    .put("kind", s.kind().code()).put("phone", s.phone())
                    .put("hired_on", s.hiredOn() == null ? null : s.hiredOn().toString())
                    .put("active", s.active()).json(), now.toEpochMilli());
            outbox.flush();
            return null;
        });
    }

    /** The columns of a person's record other than the id, the same on insert and on update. */
    private static java.util.Map<org.jooq.Field<?>, Object> fields(Staff s) {
        java.util.Map<org.jooq.Field<?>, Object> f = new java.util.LinkedHashMap<>();
        f.put(STAFF.CODE, s.code());
        f.put(STAFF.NAME, s.name());
        f.put(STAFF.NAME_ZH, s.nameZh());
        f.put(STAFF.ROLE, s.role().code());
        f.put(STAFF.KIND, s.kind().code());
        f.put(STAFF.PIN_HASH, s.pinHash());
        f.put(STAFF.PHONE, s.phone());
        f.put(STAFF.HIRED_ON, s.hiredOn() == null ? null : s.hiredOn().toString());
        f.put(STAFF.ACTIVE, s.active() ? 1 : 0);
        return f;
    }
}
