package app.counterpart.core.sell;

import java.util.List;

/**
 * A till action that cannot be done as asked. It carries a problem the screen turns into a sentence in
 * the person's language; the cart it was refused for is left exactly as it was.
 */
public final class SellException extends RuntimeException {

    /** Why an action was refused; each has a message in the resource bundles under {@link #key()}. */
    public enum Problem {
        UNKNOWN_CODE,
        PRODUCT_INACTIVE,
        QUANTITY_NOT_POSITIVE,
        QUANTITY_TOO_LARGE,
        AMOUNT_INVALID,
        AMOUNT_TOO_LARGE,
        DISCOUNT_OVER_LIMIT,
        DISCOUNT_OVER_AMOUNT,
        NOT_ALLOWED,
        SIGN_IN_FIRST,
        APPROVAL_REQUIRED,
        CART_EMPTY,
        NOTHING_DUE,
        TENDER_OVER_DUE,
        PAYMENT_SHORT,
        STORE_CREDIT_NEEDS_CUSTOMER,
        STORE_CREDIT_SHORT,
        NO_OPEN_SHIFT,
        SHIFT_ALREADY_OPEN,
        SALE_NOT_FOUND,
        NOT_A_SALE,
        REFUND_OVER_SOLD,
        NOTHING_TO_REFUND,
        ALREADY_REVERSED,
        VOID_TOO_LATE,
        PHONE_INVALID,
        NAME_REQUIRED,
        PHONE_TAKEN,
        REASON_REQUIRED,
        PIN_WRONG,
        PIN_LOCKED,
        STORE_BUSY;

        public String key() {
            return "sell.problem." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Problem problem;
    private final List<Object> args;

    public SellException(Problem problem, Object... args) {
        super(problem.name() + (args.length == 0 ? "" : " " + List.of(args)));
        this.problem = problem;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    /** Values for the message's placeholders, in order. */
    public List<Object> args() {
        return args;
    }
}
