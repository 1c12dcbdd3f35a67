package app.counterpart.core.staff;

import app.counterpart.core.common.IdGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The owner's roster changes: add a person, edit them, deactivate or reactivate them (never delete:
 * sales name their cashier and the person who served), set a new PIN. Every change is audited with
 * who made it. Refuses a change that would leave the shop without an active owner, a duplicate code,
 * an empty name, and an outside partner given a role that runs the till. PIN hashing is slow on
 * purpose: call it off the FX thread.
 */
public final class StaffAdmin {

    public static final int PIN_MIN = 4;
    public static final int PIN_MAX = 8;

    /** What the form says about a person; the PIN is set apart. */
    public record Draft(String code, String name, String nameZh, Role role, StaffKind kind, String phone,
            LocalDate hiredOn) {

        public static Draft of(Staff s) {
            return new Draft(s.code(), s.name(), s.nameZh(), s.role(), s.kind(), s.phone(), s.hiredOn());
        }
    }

    private final StaffRepository repo;
    private final PinHasher hasher;
    private final IdGenerator ids;

    public StaffAdmin(StaffRepository repo, PinHasher hasher, IdGenerator ids) {
        this.repo = repo;
        this.hasher = hasher;
        this.ids = ids;
    }

    /**
     * Adds a person, active, with their first PIN.
     *
     * @param by the owner making the change (signed in, or approving with their PIN)
     */
    public Staff add(Draft draft, String pin, String pinAgain, Staff by) {
        allowed(by);
        List<Staff> all = repo.staff();
        Draft d = clean(draft);
        check(d, null, all);
        checkPin(pin, pinAgain);
        Staff s = new Staff(ids.next(), d.code(), d.name(), d.nameZh(), d.role(), d.kind(), hasher.hash(pin),
                d.phone(), d.hiredOn(), true);
        repo.save(s, by.id(), "staff.add", s.code() + " " + s.name() + " (" + s.role().code() + ")");
        return s;
    }

    /** Changes what the form says; the PIN and whether the person is active stay as they were. */
    public Staff edit(String id, Draft draft, Staff by) {
        allowed(by);
        List<Staff> all = repo.staff();
        Staff before = find(all, id);
        Draft d = clean(draft);
        check(d, before, all);
        Staff s = new Staff(id, d.code(), d.name(), d.nameZh(), d.role(), d.kind(), before.pinHash(), d.phone(),
                d.hiredOn(), before.active());
        String changes = changes(before, s);
        if (changes.isEmpty()) {
            return before;
        }
        repo.save(s, by.id(), "staff.edit", s.code() + ": " + changes);
        return s;
    }

    /** Deactivates (false) or reactivates (true) a person; they stay on every sale they made. */
    public Staff setActive(String id, boolean active, Staff by) {
        allowed(by);
        List<Staff> all = repo.staff();
        Staff before = find(all, id);
        if (before.active() == active) {
            return before;
        }
        if (!active && before.role() == Role.OWNER && activeOwners(all, id) == 0) {
            throw new StaffException(StaffException.Problem.LAST_OWNER, before.name());
        }
        Staff s = new Staff(id, before.code(), before.name(), before.nameZh(), before.role(), before.kind(),
                before.pinHash(), before.phone(), before.hiredOn(), active);
        repo.save(s, by.id(), active ? "staff.reactivate" : "staff.deactivate", s.code() + " " + s.name());
        return s;
    }

    /** A new PIN, typed twice; the audit row says that it changed, never what it is. */
    public Staff resetPin(String id, String pin, String pinAgain, Staff by) {
        allowed(by);
        Staff before = find(repo.staff(), id);
        checkPin(pin, pinAgain);
        Staff s = new Staff(id, before.code(), before.name(), before.nameZh(), before.role(), before.kind(),
                hasher.hash(pin), before.phone(), before.hiredOn(), before.active());
        repo.save(s, by.id(), "staff.pin.reset", s.code() + " " + s.name());
        return s;
    }

    /** Whether the PIN has the right form: 4 to 8 digits. */
    public static boolean pinWellFormed(String pin) {
        return pin != null && pin.length() >= PIN_MIN && pin.length() <= PIN_MAX && pin.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void checkPin(String pin, String again) {
        if (!pinWellFormed(pin)) {
            throw new StaffException(StaffException.Problem.PIN_FORMAT, PIN_MIN, PIN_MAX);
        }
        if (!pin.equals(again)) {
            throw new StaffException(StaffException.Problem.PIN_MISMATCH);
        }
    }

    private static void allowed(Staff by) {
        if (!Permissions.allows(by, Permission.EDIT_STAFF)) {
            throw new StaffException(StaffException.Problem.NOT_ALLOWED, by == null ? "" : by.name());
        }
    }

    private static Draft clean(Draft d) {
        return new Draft(trim(d.code()).toUpperCase(Locale.ROOT), trim(d.name()), blankToNull(d.nameZh()),
                Objects.requireNonNull(d.role(), "role"), Objects.requireNonNull(d.kind(), "kind"),
                blankToNull(d.phone()), d.hiredOn());
    }

    private static void check(Draft d, Staff before, List<Staff> all) {
        if (d.code().isEmpty()) {
            throw new StaffException(StaffException.Problem.CODE_EMPTY);
        }
        if (d.name().isEmpty()) {
            throw new StaffException(StaffException.Problem.NAME_EMPTY);
        }
        for (Staff other : all) {
            if ((before == null || !other.id().equals(before.id())) && other.code().equalsIgnoreCase(d.code())) {
                throw new StaffException(StaffException.Problem.CODE_TAKEN, d.code(), other.name());
            }
        }
        // Partners serve customers (a sale names them as served-by) but the till refuses to let them ring up.
        if (d.kind() == StaffKind.PARTNER && Permissions.allows(d.role(), Permission.SELL)) {
            throw new StaffException(StaffException.Problem.PARTNER_AT_TILL, d.name());
        }
        if (before != null && before.active() && before.role() == Role.OWNER && d.role() != Role.OWNER
                && activeOwners(all, before.id()) == 0) {
            throw new StaffException(StaffException.Problem.LAST_OWNER, before.name());
        }
    }

    private static long activeOwners(List<Staff> all, String except) {
        return all.stream().filter(s -> s.active() && s.role() == Role.OWNER && !s.id().equals(except)).count();
    }

    private static Staff find(List<Staff> all, String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new StaffException(StaffException.Problem.NOT_FOUND, id));
    }

    /** "name: A → B; role: cashier → manager" for the audit log's detail. */
    private static String changes(Staff a, Staff b) {
        List<String> out = new ArrayList<>();
        diff(out, "code", a.code(), b.code());
        diff(out, "name", a.name(), b.name());
        diff(out, "name_zh", a.nameZh(), b.nameZh());
        diff(out, "role", a.role().code(), b.role().code());
        diff(out, "kind", a.kind().code(), b.kind().code());
        diff(out, "phone", a.phone(), b.phone());
        diff(out, "hired_on", a.hiredOn(), b.hiredOn());
        return String.join("; ", out);
    }

    private static void diff(List<String> out, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(field + ": " + (a == null ? "—" : a) + " → " + (b == null ? "—" : b));
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
