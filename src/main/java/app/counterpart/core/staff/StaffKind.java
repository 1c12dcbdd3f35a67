package app.counterpart.core.staff;

/** Employees and outside partners share one model so incentive rules apply to both alike. */
public enum StaffKind {
    EMPLOYEE, PARTNER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static StaffKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
