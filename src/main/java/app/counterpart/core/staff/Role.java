package app.counterpart.core.staff;

/** What a person may do at the till and in the back office. */
public enum Role {
    OWNER, MANAGER, CASHIER, PARTNER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
