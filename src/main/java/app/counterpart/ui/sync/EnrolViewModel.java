package app.counterpart.ui.sync;

import app.counterpart.sync.client.SyncException;
import app.counterpart.sync.client.SyncService;
import app.counterpart.sync.client.SyncStatus;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Connects this device to head office with its address and a one-time code. The address is checked
 * here first, so a typo reads as a typo rather than as a network failure.
 */
public final class EnrolViewModel {

    private final SyncService service;
    private final UiContext ui;
    private final Consumer<SyncStatus> onEnrolled;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");

    /** @param onEnrolled gets the status after a successful enrolment, on the FX thread */
    public EnrolViewModel(SyncService service, UiContext ui, Consumer<SyncStatus> onEnrolled) {
        this.service = service;
        this.ui = ui;
        this.onEnrolled = onEnrolled;
    }

    // Commands

    public void enrol() {
        if (busy.get()) {
            return;
        }
        error.set("");
        done.set("");
        Optional<URI> address = address(url.get());
        if (address.isEmpty()) {
            error.set(ui.i18n().text("sync.enrol.badUrl"));
            return;
        }
        String oneTimeCode = code.get() == null ? "" : code.get().trim();
        if (oneTimeCode.isEmpty()) {
            error.set(ui.i18n().text("sync.enrol.noCode"));
            return;
        }
        busy.set(true);
        ui.tasks().run(() -> service.enrol(address.get(), oneTimeCode), status -> {
            busy.set(false);
            code.set("");
            done.set(ui.i18n().format("sync.enrol.done", status.shopName()));
            onEnrolled.accept(status);
        }, e -> {
            busy.set(false);
            // Head office's refusal is already a sentence for a person; anything else is unexpected.
            error.set(e instanceof SyncException ? ui.i18n().format("sync.enrol.refused", e.getMessage())
                    : ui.i18n().format("sync.enrol.failed", Errors.describe(e)));
        });
    }

    /** An http or https address with a host, or empty. */
    public static Optional<URI> address(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    // Properties

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Connected to head office as …" after a successful enrolment. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
