package app.counterpart.core.staff;

import app.counterpart.core.sell.PinGate;
import app.counterpart.core.sell.SellException;

/**
 * Who may do what away from the till: signing in at the window's header (any active person, with
 * their PIN), the owner's PIN approving an export or a merge, and what the person at the keyboard may
 * see. PINs go through the same {@link PinGate} as the till's, so five wrong tries lock a person out
 * wherever they were typed. Checking a PIN is slow on purpose: call it off the FX thread.
 */
public final class StaffAccess {

    private final PinGate pins;
    private final AuditTrail audit;

    public StaffAccess(PinGate pins, AuditTrail audit) {
        this.pins = pins;
        this.audit = audit;
    }

    /**
     * Signs a person in for the whole window.
     *
     * @throws SellException PIN_WRONG or PIN_LOCKED
     */
    public Staff signIn(Staff who, String pin) {
        pins.check(who, pin);
        audit.record(who.id(), "session.sign_in", "staff", who.id(), null);
        return who;
    }

    /**
     * The owner's PIN agreeing to {@code action} (e.g. "customers.export") done by someone else.
     *
     * @param by who asked for it, or null when nobody is signed in
     * @throws SellException PIN_WRONG, PIN_LOCKED, or NOT_ALLOWED when the approver is not the owner
     */
    public Staff approveAsOwner(Staff approver, String pin, String action, Staff by) {
        pins.check(approver, pin);
        if (approver.role() != Role.OWNER) {
            throw new SellException(SellException.Problem.NOT_ALLOWED, approver.name());
        }
        audit.record(approver.id(), "approve." + action, "staff", by == null ? null : by.id(), null);
        return approver;
    }

    /** Whether this person (null: nobody signed in) needs the owner's PIN to export or merge customers. */
    public static boolean needsOwner(Staff signedIn) {
        return signedIn == null || signedIn.role() != Role.OWNER;
    }

    /** Whole phone numbers only for a signed-in person whose role sees them; nobody signed in sees them masked. */
    public static boolean seesPhoneNumbers(Staff signedIn) {
        return signedIn != null && signedIn.role().seesPhoneNumbers();
    }
}
