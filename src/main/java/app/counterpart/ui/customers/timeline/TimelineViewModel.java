package app.counterpart.ui.customers.timeline;

import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.customers.timeline.ServiceKind;
import app.counterpart.core.customers.timeline.ServiceTimeline;
import app.counterpart.core.customers.timeline.TimelineException;
import app.counterpart.core.customers.timeline.TimelineItem;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.ServiceTexts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer's service timeline and the form to add to it. Entries are read and written in the
 * background; the text typed is checked as it changes, so the person sees a too-long note before
 * saving. "Correct" fills the form with an entry's text; saving then adds a correction.
 */
public final class TimelineViewModel {

    private final ServiceTimeline timeline;
    private final String customerId;
    private final Supplier<String> actingStaff;
    private final UiContext ui;
    private final DateTimeFormatter time;

    // ---- Properties ----
    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceKind> kind = new SimpleObjectProperty<>(ServiceKind.NOTE);
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<TimelineItem> correcting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /**
     * @param actingStaff who writes the entries: the person signed in (the app's seam for sign-in)
     * @param zone the shop's zone, in which times are shown
     */
    public TimelineViewModel(ServiceTimeline timeline, String customerId, Supplier<String> actingStaff, ZoneId zone,
            UiContext ui) {
        this.timeline = timeline;
        this.customerId = customerId;
        this.actingStaff = actingStaff;
        this.ui = ui;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", ui.i18n().locale()).withZone(zone);
    }

    // ---- Commands ----

    public void load() {
        ui.tasks().run(() -> timeline.timeline(customerId), list -> {
            items.setAll(list);
            loaded.set(true);
        }, e -> error(ServiceTexts.describe(e, ui.i18n())));
    }

    /** Saves the form as a new entry, or as a correction when one is being made. */
    public void save() {
        if (busy.get()) {
            return;
        }
        Optional<TimelineException> problem = ServiceTimeline.check(text.get());
        if (problem.isPresent()) {
            error(ServiceTexts.describe(problem.get(), ui.i18n()));
            return;
        }
        String body = text.get();
        ServiceKind k = kind.get();
        TimelineItem target = correcting.get();
        busy.set(true);
        ui.tasks().run(() -> {
            String staff = actingStaff.get();
            return target == null ? timeline.add(customerId, staff, k, body)
                    : timeline.correct(target.current().id(), staff, k, body);
        }, saved -> {
            busy.set(false);
            text.set("");
            kind.set(ServiceKind.NOTE);
            correcting.set(null);
            info(ui.i18n().text(target == null ? "timeline.saved" : "timeline.corrected"));
            load();
        }, e -> {
            busy.set(false);
            error(ServiceTexts.describe(e, ui.i18n()));
        });
    }

    /** Fills the form with an entry's standing text, to save as its correction. */
    public void startCorrection(TimelineItem item) {
        correcting.set(item);
        kind.set(item.current().kind());
        text.set(item.current().body());
        info(ui.i18n().text("timeline.correcting"));
    }

    public void cancelCorrection() {
        if (correcting.get() != null) {
            correcting.set(null);
            text.set("");
            kind.set(ServiceKind.NOTE);
            message.set("");
        }
    }

    // ---- Display ----

    public String when(Instant at) {
        return time.format(at);
    }

    public String who(ServiceEntry e) {
        return e.staffDisplayName(ui.i18n().chinese());
    }

    public String kindName(ServiceKind k) {
        return ui.i18n().text(k.textKey());
    }

    /** "123 / 4000" under the text field; the screen turns it red past the limit. */
    public StringBinding lengthText() {
        return Bindings.createStringBinding(() -> {
            String t = text.get() == null ? "" : text.get().strip();
            return t.codePointCount(0, t.length()) + " / " + ServiceTimeline.MAX_LENGTH;
        }, text);
    }

    public boolean tooLong() {
        String t = text.get() == null ? "" : text.get().strip();
        return t.codePointCount(0, t.length()) > ServiceTimeline.MAX_LENGTH;
    }

    private void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    // ---- Accessors ----

    public String customerId() {
        return customerId;
    }

    public ObservableList<TimelineItem> items() {
        return items;
    }

    public List<ServiceKind> kinds() {
        return List.of(ServiceKind.values());
    }

    public ObjectProperty<ServiceKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<TimelineItem> correctingProperty() {
        return correcting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
