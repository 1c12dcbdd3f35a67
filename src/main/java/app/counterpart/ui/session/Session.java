package app.counterpart.ui.session;

import app.counterpart.core.staff.Staff;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Who is at the keyboard, for the whole window: set by a PIN sign-in at the header or at the till (F2),
 * observed by the screens that show or allow things by person (masked phone numbers, owner approval).
 * Nobody is signed in when the window opens. Lives on the FX thread like the rest of the screen state.
 */
public final class Session {

    private final ReadOnlyObjectWrapper<Staff> signedIn = new ReadOnlyObjectWrapper<>();

    /** The person signed in, or null. */
    public ReadOnlyObjectProperty<Staff> signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** The person signed in, or null. */
    public Staff signedIn() {
        return signedIn.get();
    }

    /** Called once the person's PIN was checked (by the header's sign-in or the till's). */
    public void signIn(Staff who) {
        signedIn.set(who);
    }

    public void signOut() {
        signedIn.set(null);
    }
}
