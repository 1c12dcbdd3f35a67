package app.counterpart.ui.sync;

import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.event.SyncFinished;
import app.counterpart.sync.client.SyncService;
import app.counterpart.sync.client.SyncStatus;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The dashboard's "Head office sync" tile: changes waiting as the number, when it last worked (or what
 * goes wrong) beneath, the rejected count beside, and a colour when it needs the owner.
 */
public final class SyncTileModel {

    private final SyncService service;
    private final UiContext ui;
    private final SyncTexts texts;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rejected = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SyncTexts.Alert> alert = new ReadOnlyObjectWrapper<>(SyncTexts.Alert.NONE);

    public SyncTileModel(SyncService service, UiContext ui, ZoneId zone) {
        this.service = service;
        this.ui = ui;
        this.texts = new SyncTexts(ui.i18n(), ui.clock(), zone);
    }

    /** Follows sync cycles and new sales (each adds changes waiting); returns the action that stops it. */
    public Runnable listen() {
        Runnable a = ui.events().subscribe(SyncFinished.class, e -> queueRefresh());
        Runnable b = ui.events().subscribe(SalesCommitted.class, e -> queueRefresh());
        return () -> {
            a.run();
            b.run();
        };
    }

    // Commands

    public void refresh() {
        ui.tasks().run(service::status, this::apply,
                e -> text.set(ui.i18n().format("sync.error.read", Errors.describe(e))));
    }

    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            ui.fxThread().execute(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    private void apply(SyncStatus s) {
        pending.set((int) Math.min(Integer.MAX_VALUE, s.pending()));
        text.set(texts.tileText(s));
        rejected.set(s.rejected() == 0 ? "" : ui.i18n().format("sync.tile.rejected", s.rejected()));
        alert.set(texts.alert(s));
    }

    // Properties

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** "2 rejected", or empty when nothing was. */
    public ReadOnlyStringProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncTexts.Alert> alertProperty() {
        return alert.getReadOnlyProperty();
    }
}
