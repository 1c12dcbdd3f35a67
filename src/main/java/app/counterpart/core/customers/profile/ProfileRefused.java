package app.counterpart.core.customers.profile;

/**
 * A profile change the store refused although the form was fine: the phone number belongs to another
 * customer, or someone else changed the customer meanwhile. Names the field where there is one.
 */
public final class ProfileRefused extends RuntimeException {

    /** Why, for the screen to say in its language. */
    public enum Reason { PHONE_TAKEN, CHANGED_MEANWHILE, GONE }

    private final Reason reason;
    private final String field;
    private final String detail;

    public ProfileRefused(Reason reason, String field, String detail, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The field at fault (a {@link app.counterpart.core.customers.CustomerRules} field name), or null. */
    public String field() {
        return field;
    }

    /** What the message names, e.g. the customer who has the phone number already. */
    public String detail() {
        return detail;
    }
}
