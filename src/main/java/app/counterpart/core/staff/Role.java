package app.counterpart.core.staff;

/** What a person may do at the till and in the back office. */
public enum Role {
    OWNER, MANAGER, CASHIER, PARTNER;

    /** Gross margin and cost are for the people who run the shop, not for everyone at the till. */
    public boolean seesMargins() {
        return Permissions.allows(this, Permission.SEE_MARGINS);
    }

    /** Whole phone numbers of customers are for the people who run the shop; the till shows them masked. */
    public boolean seesPhoneNumbers() {
        return Permissions.allows(this, Permission.SEE_PHONE_NUMBERS);
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
