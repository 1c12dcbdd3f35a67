package app.counterpart.app;

import app.counterpart.core.backup.BackupCatalogue;
import app.counterpart.core.backup.BackupInfo;
import app.counterpart.store.Backups;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The screens' view of a data folder's backups; a restore goes through the desktop app, which owns the store. */
final class AppBackups implements BackupCatalogue {

    private final Backups backups;
    private final Consumer<Path> restorer;

    /** @param restorer closes the open store, restores the file over it and opens it again */
    AppBackups(Backups backups, Consumer<Path> restorer) {
        this.backups = backups;
        this.restorer = restorer;
    }

    @Override
    public String folder() {
        return backups.folder().toString();
    }

    @Override
    public List<BackupInfo> list() {
        return backups.list();
    }

    @Override
    public BackupInfo backUpNow() {
        return backups.backUp(BackupInfo.MANUAL);
    }

    @Override
    public void restore(BackupInfo backup) {
        restorer.accept(backups.path(backup));
    }
}
