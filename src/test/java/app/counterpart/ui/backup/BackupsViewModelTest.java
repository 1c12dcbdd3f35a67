package app.counterpart.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.backup.BackupCatalogue;
import app.counterpart.core.backup.BackupInfo;
import app.counterpart.core.event.EventBus;
import app.counterpart.store.Backups;
import app.counterpart.store.Database;
import app.counterpart.store.StoreCheck;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups list and the recovery screen's logic over a real data folder, without a display. */
class BackupsViewModelTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:15:00Z"));
    private final AtomicInteger restoredCalls = new AtomicInteger();

    /** The catalogue the desktop app gives the screens, with the store closed as the app closes it. */
    private BackupCatalogue catalogue() {
        Backups backups = new Backups(dir, clock);
        return new BackupCatalogue() {
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
                backups.restore(backups.path(backup));
            }
        };
    }

    private BackupsViewModel model(I18n i18n) {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { throw e; }),
                i18n, Theme.LIGHT, clock);
        return new BackupsViewModel(catalogue(), ui, restoredCalls::incrementAndGet);
    }

    private void demo() {
        try (DemoFixture store = new DemoFixture(dir, clock)) {
            store.installDemo(LocalDate.of(2026, 11, 27), 2);
        }
    }

    @Test
    void listsNewestFirstAndBacksUpNow() {
        demo();
        BackupsViewModel model = model(new I18n(I18n.ENGLISH));
        model.load();
        assertEquals(dir.resolve("backups").toString(), model.folderProperty().get());
        assertEquals("No backups yet", model.lastBackupProperty().get());
        assertTrue(model.rows().isEmpty());

        new Backups(dir, clock).backUp(BackupInfo.DAILY);
        clock.advance(Duration.ofMinutes(30));
        model.backUpNow();
        assertEquals("", model.errorProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Backed up to counterpart-2026-11-28-0945-manual.db ("),
                model.messageProperty().get());
        assertEquals(List.of("2026-11-28 09:45", "2026-11-28 09:15"),
                model.rows().stream().map(BackupsViewModel.Row::takenAt).toList());
        assertEquals(List.of("Made by hand", "Daily"), model.rows().stream().map(BackupsViewModel.Row::reason).toList());
        assertEquals("2026-11-28 09:45", model.lastBackupProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals("The shop's data will go back to the backup taken at 2026-11-28 09:15 (Daily). Everything entered "
                + "since then is not in it. The current data is kept first: as a backup, or in the damaged folder if it "
                + "cannot be read. Restore it?",
                model.confirmation(model.rows().get(1)));
    }

    @Test
    void recoveryRestoresTheChosenBackupOverADamagedStoreAndKeepsTheDamagedFile() throws Exception {
        demo();
        new Backups(dir, clock).backUp(BackupInfo.DAILY);
        Path live = dir.resolve(Database.FILE_NAME);
        try (RandomAccessFile f = new RandomAccessFile(live.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        assertFalse(StoreCheck.store(dir).ok());

        BackupsViewModel model = model(new I18n(I18n.CHINESE));
        model.load();
        assertEquals(List.of("每日"), model.rows().stream().map(BackupsViewModel.Row::reason).toList());
        model.restore(model.rows().get(0));
        assertEquals("", model.errorProperty().get());
        assertEquals("已恢复 2026-11-28 09:15 的备份。", model.messageProperty().get());
        assertEquals(1, restoredCalls.get());
        assertTrue(StoreCheck.store(dir).ok());
        try (var damaged = Files.list(dir.resolve("damaged"))) {
            assertEquals(List.of("counterpart-2026-11-28-0915-damaged.db"),
                    damaged.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aRefusedRestoreSaysWhyAndChangesNothing() throws Exception {
        demo();
        BackupInfo taken = new Backups(dir, clock).backUp(BackupInfo.DAILY);
        Path file = dir.resolve("backups").resolve(taken.file());
        Files.writeString(file, "not a database any more");
        long size = Files.size(dir.resolve(Database.FILE_NAME));

        BackupsViewModel model = model(new I18n(I18n.ENGLISH));
        model.load();
        model.restore(model.rows().get(0));
        assertTrue(model.errorProperty().get().startsWith("Nothing was changed: Not restoring: The file "
                + taken.file() + " is not an SQLite database"), model.errorProperty().get());
        assertEquals("", model.messageProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(0, restoredCalls.get());
        assertEquals(size, Files.size(dir.resolve(Database.FILE_NAME)));
    }
}
