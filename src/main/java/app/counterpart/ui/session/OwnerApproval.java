package app.counterpart.ui.session;

import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.I18n;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Asks for the owner's PIN before something only the owner may do, unless the owner is the one signed
 * in. A wrong PIN asks again with the reason shown (the lockout counts every try); Cancel or a lockout
 * ends it with a clear message and nothing done.
 */
public final class OwnerApproval {

    private final SessionViewModel model;
    private final I18n i18n;
    private final Supplier<Window> owner;

    public OwnerApproval(SessionViewModel model, I18n i18n, Supplier<Window> owner) {
        this.model = model;
        this.i18n = i18n;
        this.owner = owner;
    }

    /**
     * @param action what is approved, for the audit log ("customers.export", "customers.merge")
     * @param why the sentence above the PIN field saying what the owner approves
     * @param approved gets the approving owner, or null when the owner is the one signed in
     * @param refused gets the sentence to show when it was refused or cancelled
     */
    public void require(String action, String why, Consumer<Staff> approved, Consumer<String> refused) {
        if (!model.needsOwner()) {
            approved.accept(null);
            return;
        }
        model.owners(owners -> ask(action, why, owners, null, approved, refused));
    }

    private void ask(String action, String why, java.util.List<Staff> owners, String problem, Consumer<Staff> approved,
            Consumer<String> refused) {
        var answer = PinDialog.ask(owner.get(), i18n, i18n.text("session.approve.title"), why, problem, owners, null);
        if (answer.isEmpty()) {
            refused.accept(i18n.text("session.approve.cancelled"));
            return;
        }
        model.approveAsOwner(answer.get().who(), answer.get().pin(), action, approved, refusal -> {
            if (refusal.settled()) {
                refused.accept(refusal.message());
            } else {
                ask(action, why, owners, refusal.message(), approved, refused);
            }
        });
    }
}
