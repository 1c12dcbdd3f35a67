package app.counterpart.store.staff;

import static app.counterpart.store.jooq.Tables.STAFF;

import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffKind;
import app.counterpart.core.staff.StaffRepository;
import app.counterpart.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public final class JooqStaffRepository implements StaffRepository {

    private final Database db;
    private final Clock clock;

    public JooqStaffRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
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
                ctx.insertInto(STAFF)
                        .set(STAFF.ID, s.id())
                        .set(STAFF.CODE, s.code())
                        .set(STAFF.NAME, s.name())
                        .set(STAFF.NAME_ZH, s.nameZh())
                        .set(STAFF.ROLE, s.role().code())
                        .set(STAFF.KIND, s.kind().code())
                        .set(STAFF.PIN_HASH, s.pinHash())
                        .set(STAFF.PHONE, s.phone())
                        .set(STAFF.HIRED_ON, s.hiredOn() == null ? null : s.hiredOn().toString())
                        .set(STAFF.ACTIVE, s.active() ? 1 : 0)
                        .set(STAFF.CREATED_AT, now)
                        .set(STAFF.UPDATED_AT, now)
                        .execute();
            }
            return null;
        });
    }
}
