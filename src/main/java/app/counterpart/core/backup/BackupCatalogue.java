package app.counterpart.core.backup;

import java.util.List;

/** The shop's backups as the screens use them; every method does file work, so call it off the FX thread. */
public interface BackupCatalogue {

    /** The folder the backups are in, for the owner to find them. */
    String folder();

    /** Newest first. */
    List<BackupInfo> list();

    /** Takes a manual backup now and returns it. */
    BackupInfo backUpNow();

    /**
     * Replaces the store with a backup (the current store kept as a before-restore backup, or moved
     * aside when damaged) and opens it again; throws with a message a person can act on if refused.
     */
    void restore(BackupInfo backup);
}
