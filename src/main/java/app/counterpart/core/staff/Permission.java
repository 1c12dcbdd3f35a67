package app.counterpart.core.staff;

import java.util.Locale;

/**
 * Something a person may or may not do. Which role may do what is said in one place,
 * {@link Permissions}; the staff area shows the same matrix the code enforces.
 */
public enum Permission {
    SELL,
    REFUND,
    VOID,
    DISCOUNT_LINE,
    DISCOUNT_CART,
    OVERRIDE_PRICE,
    APPROVE_AT_TILL,
    OPEN_CLOSE_SHIFT,
    CASH_IN_OUT,
    SERVE_CUSTOMERS,
    SEE_MARGINS,
    SEE_PHONE_NUMBERS,
    EDIT_CATALOG,
    IMPORT_EXPORT_CUSTOMERS,
    MERGE_CUSTOMERS,
    EDIT_LIFECYCLE_RULES,
    EDIT_CARE_RULES,
    EDIT_INCENTIVE_RULES,
    CLOSE_PAYOUTS,
    EDIT_GOALS,
    EDIT_STAFF,
    VIEW_AUDIT_LOG,
    VIEW_PAYOUTS_OF_OTHERS,
    VIEW_PERFORMANCE_OF_OTHERS;

    /** The lower-case code, for resource-bundle keys ("permissions.sell"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the grid shows a limit (a share of the amount) rather than a yes or no. */
    public boolean hasLimit() {
        return this == DISCOUNT_LINE || this == DISCOUNT_CART;
    }
}
