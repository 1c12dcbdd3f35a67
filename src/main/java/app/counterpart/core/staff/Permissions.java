package app.counterpart.core.staff;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may do what: the one matrix the till, the back office and the staff area's Permissions
 * tab all read. Partners serve customers (a sale may name them as served-by) but do not run the till.
 */
public final class Permissions {

    private static final Map<Role, Set<Permission>> MATRIX = new EnumMap<>(Role.class);

    static {
        Set<Permission> till = EnumSet.of(Permission.SELL, Permission.REFUND, Permission.DISCOUNT_LINE,
                Permission.DISCOUNT_CART, Permission.OPEN_CLOSE_SHIFT, Permission.CASH_IN_OUT,
                Permission.SERVE_CUSTOMERS);
        Set<Permission> manager = EnumSet.copyOf(till);
        manager.addAll(EnumSet.of(Permission.VOID, Permission.OVERRIDE_PRICE, Permission.APPROVE_AT_TILL,
                Permission.SEE_MARGINS, Permission.SEE_PHONE_NUMBERS, Permission.EDIT_CATALOG,
                Permission.EDIT_LIFECYCLE_RULES, Permission.EDIT_GOALS, Permission.VIEW_AUDIT_LOG,
                Permission.VIEW_PAYOUTS_OF_OTHERS, Permission.VIEW_PERFORMANCE_OF_OTHERS));
        MATRIX.put(Role.OWNER, EnumSet.allOf(Permission.class));
        MATRIX.put(Role.MANAGER, manager);
        MATRIX.put(Role.CASHIER, till);
        MATRIX.put(Role.PARTNER, EnumSet.of(Permission.SERVE_CUSTOMERS));
    }

    private Permissions() {
    }

    public static boolean allows(Role role, Permission permission) {
        return role != null && MATRIX.get(role).contains(permission);
    }

    /** Nobody signed in (null) may do nothing that needs a permission. */
    public static boolean allows(Staff who, Permission permission) {
        return who != null && who.active() && allows(who.role(), permission);
    }

    /** The largest discount a role may give on its own, in basis points of the amount discounted. */
    public static int discountLimitBp(Role role) {
        return switch (role) {
            case OWNER -> 10_000;
            case MANAGER -> 5_000;
            case CASHIER -> 1_000;
            case PARTNER -> 0;
        };
    }
}
