package app.counterpart.core.sell;

import app.counterpart.core.staff.Role;

/**
 * What each role may do at the till. One place, so the staff screen can show the same matrix the till
 * enforces.
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
        return switch (role) {
            case OWNER -> 10_000;
            case MANAGER -> 5_000;
            case CASHIER -> 1_000;
            case PARTNER -> 0;
        };
    }

    /** Who may approve a price override or a void with their PIN. */
    public static boolean mayApprove(Role role) {
        return role == Role.OWNER || role == Role.MANAGER;
    }

    /** Who may sell, refund and run a shift at the till. Partners serve customers but do not ring up. */
    public static boolean mayOperateTill(Role role) {
        return role != Role.PARTNER;
    }
}
