package app.counterpart.ui.backup;

import app.counterpart.core.backup.BackupCatalogue;
import app.counterpart.core.backup.BackupInfo;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shop's backups for Settings and for the recovery screen: the folder, the newest first, taking one
 * now and restoring one (the view asks for confirmation first, in the words of {@link #confirmation}).
 */
public final class BackupsViewModel {

    /** One backup as the list shows it. */
    public record Row(BackupInfo backup, String takenAt, String reason, String size) {
    }

    static final DateTimeFormatter TAKEN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BackupCatalogue catalogue;
    private final UiContext ui;
    private final Runnable restored;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** Made once: a view listening to a fresh wrapper on every call would lose it to the garbage collector. */
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** @param restored runs on the FX thread once a restore has finished and the store is open again */
    public BackupsViewModel(BackupCatalogue catalogue, UiContext ui, Runnable restored) {
        this.catalogue = catalogue;
        this.ui = ui;
        this.restored = restored;
    }

    // Commands

    public void load() {
        record Loaded(String folder, List<BackupInfo> backups) {
        }
        ui.tasks().run(() -> new Loaded(catalogue.folder(), catalogue.list()), loaded -> {
            folder.set(loaded.folder());
            show(loaded.backups());
        }, this::failed);
    }

    public void backUpNow() {
        if (busy.get()) {
            return;
        }
        start();
        ui.tasks().run(() -> {
            BackupInfo taken = catalogue.backUpNow();
            return java.util.Map.entry(taken, catalogue.list());
        }, done -> {
            busy.set(false);
            show(done.getValue());
            message.set(ui.i18n().format("backup.taken", done.getKey().file(), size(done.getKey().size())));
        }, this::failed);
    }

    /** What the owner is asked before a restore, naming the backup's date. */
    public String confirmation(Row row) {
        return ui.i18n().format("backup.restore.confirm", row.takenAt(), row.reason());
    }

    /** Restores a backup the owner confirmed; {@code restored} runs once the store is open again. */
    public void restore(Row row) {
        if (busy.get() || row == null) {
            return;
        }
        start();
        message.set(ui.i18n().format("backup.restoring", row.takenAt()));
        ui.tasks().run(() -> {
            catalogue.restore(row.backup());
            return catalogue.list();
        }, backups -> {
            busy.set(false);
            show(backups);
            message.set(ui.i18n().format("backup.restored", row.takenAt()));
            restored.run();
        }, this::failed);
    }

    private void start() {
        busy.set(true);
        message.set("");
        error.set("");
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set("");
        error.set(ui.i18n().format("backup.error", Errors.describe(e)));
    }

    private void show(List<BackupInfo> backups) {
        rows.setAll(backups.stream().map(b -> new Row(b, TAKEN_AT.format(b.takenAt()), reason(b), size(b.size())))
                .toList());
        lastBackup.set(rows.isEmpty() ? ui.i18n().text("backup.none") : rows.get(0).takenAt());
    }

    private String reason(BackupInfo b) {
        if (b.beforeMigration()) {
            return ui.i18n().format("backup.reason.beforeMigration", b.reason().substring("before-v".length()));
        }
        return switch (b.reason()) {
            case BackupInfo.DAILY -> ui.i18n().text("backup.reason.daily");
            case BackupInfo.MANUAL -> ui.i18n().text("backup.reason.manual");
            case BackupInfo.BEFORE_RESTORE -> ui.i18n().text("backup.reason.beforeRestore");
            default -> b.reason();
        };
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    // Properties

    /** Newest first. */
    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** When the newest backup was taken, or that there is none. */
    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A backup or a restore is under way; the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
