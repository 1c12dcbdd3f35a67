package app.counterpart.ui.settings;

import app.counterpart.core.shop.ShopRepository;
import app.counterpart.sync.client.SyncService;
import app.counterpart.sync.client.SyncStatus;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.sync.EnrolViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings' head-office part: whether and where this device is connected, the enrolment form until it
 * is, and how often sync runs (a setting the sync engine reads at each cycle).
 */
public final class HeadOfficeSettingsModel {

    /** Seconds between background sync cycles; read by the sync engine. */
    public static final String INTERVAL_KEY = "sync.interval_seconds";
    public static final int DEFAULT_INTERVAL = 60;
    static final int MIN_INTERVAL = 10;
    static final int MAX_INTERVAL = 86_400;

    private final ShopRepository settings;
    private final SyncService sync;
    private final UiContext ui;
    private final EnrolViewModel enrol;
    private final ReadOnlyBooleanWrapper enrolled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final StringProperty interval = new SimpleStringProperty(String.valueOf(DEFAULT_INTERVAL));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public HeadOfficeSettingsModel(ShopRepository settings, SyncService sync, UiContext ui) {
        this.settings = settings;
        this.sync = sync;
        this.ui = ui;
        this.enrol = new EnrolViewModel(sync, ui, this::show);
    }

    // Commands

    /** Reads the connection and the stored interval. */
    public void load() {
        record Loaded(SyncStatus status, String interval) {
        }
        ui.tasks().run(() -> new Loaded(sync.status(), settings.setting(INTERVAL_KEY).orElse(null)), loaded -> {
            show(loaded.status());
            if (loaded.interval() != null) {
                interval.set(loaded.interval());
            }
        }, e -> error.set(ui.i18n().format("settings.error", Errors.describe(e))));
    }

    public void saveInterval() {
        message.set("");
        error.set("");
        int seconds;
        try {
            seconds = Integer.parseInt(interval.get() == null ? "" : interval.get().trim());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < MIN_INTERVAL || seconds > MAX_INTERVAL) {
            error.set(ui.i18n().format("settings.sync.interval.invalid", MIN_INTERVAL, MAX_INTERVAL));
            return;
        }
        String value = String.valueOf(seconds);
        ui.tasks().run(() -> {
            settings.putSetting(INTERVAL_KEY, value);
            return null;
        }, ignored -> {
            interval.set(value);
            message.set(ui.i18n().format("settings.sync.interval.saved", value));
        }, e -> error.set(ui.i18n().format("settings.error", Errors.describe(e))));
    }

    private void show(SyncStatus s) {
        enrolled.set(s.enrolled());
        connection.set(s.enrolled()
                ? ui.i18n().format("settings.sync.connected", s.shopName(), s.hqUrl(), s.deviceCode())
                : ui.i18n().text("sync.state.notConnected"));
    }

    // Properties

    public EnrolViewModel enrol() {
        return enrol;
    }

    public ReadOnlyBooleanProperty enrolledProperty() {
        return enrolled.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** Seconds as typed. */
    public StringProperty intervalProperty() {
        return interval;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
