package app.counterpart.app;

import app.counterpart.store.StoreCheck;
import java.nio.file.Path;

/** The store could not be opened because its file is damaged or is no store: the recovery screen's cue. */
final class StoreDamaged extends RuntimeException {

    private StoreDamaged(String problem, Throwable cause) {
        super(problem, cause);
    }

    /** The failure to open, as a StoreDamaged when the file fails its check, else unchanged. */
    static RuntimeException ifDamaged(Path dataDir, RuntimeException failure) {
        StoreCheck.Verdict verdict = StoreCheck.store(dataDir);
        return verdict.ok() || !java.nio.file.Files.exists(dataDir.resolve(app.counterpart.store.Database.FILE_NAME))
                ? failure : new StoreDamaged(verdict.problem(), failure);
    }
}
