package app.counterpart.core.staff;

import java.time.LocalDate;

/** A person who sells or serves: an employee or an outside partner. The PIN is kept only as a hash. */
public record Staff(
        String id,
        String code,
        String name,
        String nameZh,
        Role role,
        StaffKind kind,
        String pinHash,
        String phone,
        LocalDate hiredOn,
        boolean active) {

    public String displayName(boolean chinese) {
        return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }
}
