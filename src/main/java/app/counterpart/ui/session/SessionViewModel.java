package app.counterpart.ui.session;

import app.counterpart.core.sell.SellException;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAccess;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Signing in and out at the window's header, and the owner's PIN approving what only the owner may do
 * (export and merge customers). PINs are checked in the background (the hash is slow on purpose) through
 * the same lockout as the till's.
 */
public final class SessionViewModel {

    private final StaffAccess access;
    private final Supplier<List<Staff>> staff;
    private final Session session;
    private final UiContext ui;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SessionViewModel(StaffAccess access, Supplier<List<Staff>> staff, Session session, UiContext ui) {
        this.access = access;
        this.staff = staff;
        this.session = session;
        this.ui = ui;
    }

    // Commands

    /** The active staff, read in the background, for the sign-in list. */
    public void people(Consumer<List<Staff>> then) {
        ui.tasks().run(() -> staff.get().stream().filter(Staff::active).toList(), then,
                e -> error.set(Errors.describe(e)));
    }

    /** The active owners, for the approval list. */
    public void owners(Consumer<List<Staff>> then) {
        people(all -> then.accept(all.stream().filter(s -> s.role() == Role.OWNER).toList()));
    }

    /** Checks the PIN in the background; on success the person is signed in for the whole window. */
    public void signIn(Staff who, String pin, Runnable onSuccess) {
        ui.tasks().run(() -> access.signIn(who, pin), s -> {
            error.set("");
            session.signIn(s);
            onSuccess.run();
        }, e -> error.set(describe(e)));
    }

    public void signOut() {
        error.set("");
        session.signOut();
    }

    /**
     * Runs {@code then} with the approving owner once their PIN is checked, or with null at once when the
     * owner is the one signed in. A wrong PIN, a lockout or a person who is not the owner refuses: then
     * {@code refused} gets the sentence to show and nothing else happens.
     */
    public void approveAsOwner(Staff approver, String pin, String action, Consumer<Staff> then,
            Consumer<Refusal> refused) {
        Staff by = session.signedIn();
        ui.tasks().run(() -> access.approveAsOwner(approver, pin, action, by), then,
                e -> refused.accept(new Refusal(describe(e), !(e instanceof SellException s
                        && s.problem() == SellException.Problem.PIN_WRONG))));
    }

    /**
     * Why an approval was refused.
     *
     * @param settled true when asking again would not help now (a lockout, not the owner); false for a
     *                mistyped PIN
     */
    public record Refusal(String message, boolean settled) {
    }

    /** Whether the person at the keyboard must ask the owner first. */
    public boolean needsOwner() {
        return StaffAccess.needsOwner(session.signedIn());
    }

    public Session session() {
        return session;
    }

    /** The sentence for a refused PIN, in the screen's language. */
    public String describe(Throwable e) {
        if (e instanceof SellException s) {
            return ui.i18n().format(s.problem().key(), s.args().toArray());
        }
        return Errors.describe(e);
    }

    // Properties

    /** What the header shows: "Sign in" or the person and their role. */
    public StringBinding label() {
        return Bindings.createStringBinding(() -> {
            Staff s = session.signedIn();
            return s == null ? ui.i18n().text("session.signIn")
                    : ui.i18n().format("session.signedIn", s.displayName(ui.i18n().chinese()),
                            ui.i18n().text("role." + s.role().code()));
        }, session.signedInProperty());
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
