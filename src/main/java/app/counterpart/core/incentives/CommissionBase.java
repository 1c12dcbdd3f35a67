package app.counterpart.core.incentives;

/** What a commission is a percentage of. The default is what the shop really earned: net of tax and discounts. */
public enum CommissionBase {
    /** Line total less its tax; discounts were already taken off the line total. */
    NET_OF_TAX_AND_DISCOUNTS,
    /** Line total as the customer paid it, tax included, discounts taken off. */
    NET_OF_DISCOUNTS,
    /** Shelf price times quantity less the tax in it: discounts do not lower the staff's base. */
    NET_OF_TAX;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static CommissionBase fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
