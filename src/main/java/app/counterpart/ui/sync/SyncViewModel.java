package app.counterpart.ui.sync;

import app.counterpart.core.event.SyncFinished;
import app.counterpart.sync.client.RejectedItem;
import app.counterpart.sync.client.SyncService;
import app.counterpart.sync.client.SyncStatus;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync screen: where this device stands with head office, "Sync now", and every item that will not
 * sync. Status and rejected items are read through the task executor, never on the FX thread.
 */
public final class SyncViewModel {

    /** Rejected items read for the table; the count above it says when there are more. */
    public static final int REJECTED_SHOWN = 500;

    /** One rejected item as shown; {@code when} keeps the order, {@code at} is its text. */
    public record RejectedRow(String direction, String entity, String entityId, String reason, String at,
                              Instant when) {
    }

    private record Snapshot(SyncStatus status, List<RejectedItem> rejected) {
    }

    private final SyncService service;
    private final UiContext ui;
    private final SyncTexts texts;
    private final EnrolViewModel enrol;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private boolean reading;
    private boolean readAgain;
    /** "Sync now" pressed here and not answered yet. */
    private boolean syncing;

    private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper enrolled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hqUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shopName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deviceCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSuccess = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextAttempt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rejectedCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SyncTexts.Alert> alert = new ReadOnlyObjectWrapper<>(SyncTexts.Alert.NONE);
    /** A cycle runs: this screen's or the scheduler's. */
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final BooleanBinding syncNowDisabled;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    /** Made once and kept: a read-only view follows its list only weakly (see DashboardViewModel). */
    private final ObservableList<RejectedRow> rejectedView = FXCollections.unmodifiableObservableList(rejected);
    /** The items behind the rows, as last read. */
    private List<RejectedItem> items = List.of();

    public SyncViewModel(SyncService service, UiContext ui, ZoneId zone) {
        this.service = service;
        this.ui = ui;
        this.texts = new SyncTexts(ui.i18n(), ui.clock(), zone);
        this.enrol = new EnrolViewModel(service, ui, s -> refresh());
        this.syncNowDisabled = Bindings.createBooleanBinding(() -> !enrolled.get() || running.get(), enrolled, running);
    }

    /** Refreshes after every sync cycle, wherever it ran; returns the action that stops listening. */
    public Runnable listen() {
        return ui.events().subscribe(SyncFinished.class, e -> queueRefresh());
    }

    // Commands

    /** Reads the status and the rejected items; a refresh asked for while one runs follows it. */
    public void refresh() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        // The screen polls every few seconds: the list is read again only when the count moved.
        long shownCount = status.get() == null ? -1 : status.get().rejected();
        List<RejectedItem> shown = items;
        ui.tasks().run(() -> {
            SyncStatus s = service.status();
            return new Snapshot(s, s.rejected() == shownCount ? shown : service.rejected(REJECTED_SHOWN));
        }, snapshot -> {
            reading = false;
            error.set("");
            apply(snapshot);
            again();
        }, e -> {
            reading = false;
            error.set(ui.i18n().format("sync.error.read", Errors.describe(e)));
            again();
        });
    }

    /** One cycle now; the button stays disabled until it is answered. */
    public void syncNow() {
        if (syncNowDisabled.get()) {
            return;
        }
        syncing = true;
        running.set(true);
        error.set("");
        ui.tasks().run(() -> new Snapshot(service.syncNow(), service.rejected(REJECTED_SHOWN)), snapshot -> {
            syncing = false;
            apply(snapshot);
        }, e -> {
            syncing = false;
            running.set(status.get() != null && status.get().running());
            error.set(ui.i18n().format("sync.error.syncNow", Errors.describe(e)));
        });
    }

    private void again() {
        if (readAgain) {
            readAgain = false;
            refresh();
        }
    }

    /** Events arrive on the engine's thread; bursts collapse into one read on the FX thread. */
    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            ui.fxThread().execute(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    private void apply(Snapshot snapshot) {
        SyncStatus s = snapshot.status();
        status.set(s);
        enrolled.set(s.enrolled());
        state.set(texts.state(s));
        hqUrl.set(orDash(s.hqUrl()));
        shopName.set(orDash(s.shopName()));
        deviceCode.set(orDash(s.deviceCode()));
        pending.set(texts.count("sync.pending.value", s.pending()));
        lastSuccess.set(texts.lastSuccess(s));
        lastError.set(s.lastError() == null ? ui.i18n().text("sync.noError") : s.lastError());
        nextAttempt.set(texts.nextAttempt(s));
        alert.set(texts.connectionAlert(s));
        running.set(syncing || s.running());
        // Status and list are two reads: only a full list means there are more than shown.
        rejectedCount.set(snapshot.rejected().size() >= REJECTED_SHOWN && s.rejected() > snapshot.rejected().size()
                ? ui.i18n().format("sync.rejected.countMore", snapshot.rejected().size(), s.rejected())
                : ui.i18n().format("sync.rejected.count", s.rejected()));
        if (!snapshot.rejected().equals(items)) {
            items = List.copyOf(snapshot.rejected());
            rejected.setAll(items.stream()
                    .sorted(Comparator.comparing(RejectedItem::at, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(this::row).toList());
        }
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private RejectedRow row(RejectedItem item) {
        return new RejectedRow(texts.direction(item), texts.entity(item.entity()), item.entityId(),
                texts.reason(item.reason()), item.at() == null ? "" : texts.dateTime(item.at()), item.at());
    }

    // Properties

    public EnrolViewModel enrol() {
        return enrol;
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enrolledProperty() {
        return enrolled.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hqUrlProperty() {
        return hqUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shopNameProperty() {
        return shopName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deviceCodeProperty() {
        return deviceCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSuccessProperty() {
        return lastSuccess.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextAttemptProperty() {
        return nextAttempt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rejectedCountProperty() {
        return rejectedCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncTexts.Alert> alertProperty() {
        return alert.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanBinding syncNowDisabledProperty() {
        return syncNowDisabled;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Newest first. */
    public ObservableList<RejectedRow> rejected() {
        return rejectedView;
    }
}
