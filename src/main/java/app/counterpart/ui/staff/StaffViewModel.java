package app.counterpart.ui.staff;

import app.counterpart.core.staff.Permission;
import app.counterpart.core.staff.Permissions;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAdmin;
import app.counterpart.core.staff.StaffException;
import app.counterpart.core.staff.StaffRepository;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.ListLoader;
import app.counterpart.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The roster: employees and outside partners in one list, and the owner's changes to it (add, edit,
 * deactivate or reactivate, a new PIN), each checked and audited by {@link StaffAdmin} in the background.
 */
public final class StaffViewModel {

    /** A row of the roster; {@code person} is what the edit form starts from. */
    public record StaffRow(String code, String name, String role, String kind, String phone, String hired,
            boolean active, Staff person) {
    }

    private final ListLoader<StaffRow> staff;
    private final StaffAdmin admin;
    private final Supplier<Staff> actor;
    private final UiContext ui;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();

    /** The roster read-only: no changes can be made through this model. */
    public StaffViewModel(StaffRepository repository, UiContext ui) {
        this(repository, null, () -> null, ui);
    }

    /**
     * @param actor the person signed in (null: nobody), read on the FX thread when a change starts; only
     *              a person allowed {@link Permission#EDIT_STAFF} changes the roster
     */
    public StaffViewModel(StaffRepository repository, StaffAdmin admin, Supplier<Staff> actor, UiContext ui) {
        this.admin = admin;
        this.actor = actor;
        this.ui = ui;
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.i18n().locale());
        boolean zh = ui.i18n().chinese();
        this.staff = new ListLoader<>(ui.tasks(), () -> repository.staff().stream()
                .map(s -> new StaffRow(s.code(), s.displayName(zh), ui.i18n().text("role." + s.role().code()),
                        ui.i18n().text("kind." + s.kind().code()), s.phone() == null ? "" : s.phone(),
                        s.hiredOn() == null ? "" : date.format(s.hiredOn()), s.active(), s))
                .toList());
    }

    // Commands

    /** Adds a person with their first PIN (typed twice); the list reloads and {@code done} runs on success. */
    public void add(StaffAdmin.Draft draft, String pin, String pinAgain, Runnable done) {
        Staff by = actor.get();
        change(() -> admin.add(draft, pin, pinAgain, by), "roster.added", done);
    }

    public void edit(Staff person, StaffAdmin.Draft draft, Runnable done) {
        Staff by = actor.get();
        change(() -> admin.edit(person.id(), draft, by), "roster.saved", done);
    }

    /** Deactivates an active person or reactivates an inactive one. */
    public void toggleActive(Staff person, Runnable done) {
        boolean active = !person.active();
        Staff by = actor.get();
        change(() -> admin.setActive(person.id(), active, by), active ? "roster.reactivated" : "roster.deactivated",
                done);
    }

    public void resetPin(Staff person, String pin, String pinAgain, Runnable done) {
        Staff by = actor.get();
        change(() -> admin.resetPin(person.id(), pin, pinAgain, by), "roster.pinSet", done);
    }

    /** Whether the person signed in may change the roster. */
    public boolean mayEdit() {
        return admin != null && Permissions.allows(actor.get(), Permission.EDIT_STAFF);
    }

    private void change(Callable<Staff> work, String doneKey, Runnable done) {
        if (admin == null) {
            fail(new StaffException(StaffException.Problem.NOT_ALLOWED, ""));
            return;
        }
        ui.tasks().run(work, s -> {
            message.set(ui.i18n().format(doneKey, s.code(), s.displayName(ui.i18n().chinese())));
            messageIsError.set(false);
            staff.load();
            done.run();
        }, this::fail);
    }

    private void fail(Throwable e) {
        // Cleared first, so the same refusal twice still tells the form to show it.
        message.set("");
        messageIsError.set(true);
        message.set(describe(e));
        messageIsError.set(true);
    }

    /** The sentence for a refused change, in the screen's language. */
    public String describe(Throwable e) {
        if (e instanceof StaffException s) {
            return ui.i18n().format(s.problem().key(), s.args().toArray());
        }
        return Errors.describe(e);
    }

    // Properties

    public ListLoader<StaffRow> staff() {
        return staff;
    }

    /** What the last change did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
