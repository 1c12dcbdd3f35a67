package app.counterpart.core.sell;

import app.counterpart.core.staff.Permission;
import app.counterpart.core.staff.Permissions;
import app.counterpart.core.staff.Role;

/**
 * What each role may do at the till, read from {@link Permissions} (the one matrix the staff area's
 * Permissions tab shows), plus the till's sanity limits.
 */
public final class SellPolicy {

    /** Per line: a scanner typing garbage or a slipped finger must not ring up 10,000 of anything. */
    public static final int MAX_QUANTITY = 9_999;
    /** Any single price or amount, in minor units (one hundred million in major units). */
    public static final long MAX_AMOUNT_MINOR = 10_000_000_000L;

    private SellPolicy() {
    }

    /** The largest discount a role may give on its own, in basis points of the amount discounted. */
    public static int maxDiscountBp(Role role) {
        return Permissions.discountLimitBp(role);
    }

    /** Who may approve a price override or a void with their PIN. */
    public static boolean mayApprove(Role role) {
        return Permissions.allows(role, Permission.APPROVE_AT_TILL);
    }

    /** Who may sell, refund and run a shift at the till. Partners serve customers but do not ring up. */
    public static boolean mayOperateTill(Role role) {
        return Permissions.allows(role, Permission.SELL);
    }
}
