package app.counterpart.app;

import app.counterpart.core.backup.BackupInfo;
import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.store.Backups;
import app.counterpart.store.StoreCheck;
import app.counterpart.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * At start and at each new business day ({@link DailyJob}, a low-priority thread of its own): checks the
 * store with {@code quick_check}, which is too slow to hold up the start (ADR 0027), then takes the day's
 * backup if there is none for this business day yet. A damaged store is reported instead of backed up.
 */
final class BackupSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("app.counterpart.backup");

    private final Path dataDir;
    private final Backups backups;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final Consumer<String> damaged;
    private final DailyJob job;

    /** @param damaged told (on the job's thread) what is wrong when the store fails its check */
    BackupSchedule(Path dataDir, BusinessCalendar calendar, Clock clock, Consumer<String> damaged) {
        this.dataDir = dataDir;
        this.backups = new Backups(dataDir, clock);
        this.calendar = calendar;
        this.clock = clock;
        this.damaged = damaged;
        this.job = new DailyJob("counterpart-backups", true, calendar, clock, this::run);
    }

    void start() {
        job.start();
    }

    /** The check, then the day's backup; false when the backup failed, so it is tried again a minute later. */
    boolean run() {
        long started = System.nanoTime();
        StoreCheck.Verdict verdict = StoreCheck.store(dataDir);
        LOG.log(System.Logger.Level.INFO, "store checked in {0} ms", (System.nanoTime() - started) / 1_000_000);
        if (!verdict.ok()) {
            LOG.log(System.Logger.Level.ERROR, "the store failed its check: {0}", verdict.problem());
            damaged.accept(verdict.problem());
            return true;
        }
        return backUpIfDue();
    }

    /** Takes today's daily backup unless one exists for this business day; prunes by the rotation. */
    boolean backUpIfDue() {
        LocalDate today = calendar.businessDay(clock.instant());
        boolean done = backups.list().stream().anyMatch(b -> b.reason().equals(BackupInfo.DAILY)
                && calendar.businessDay(b.takenAt().atZone(clock.getZone()).toInstant()).equals(today));
        if (done) {
            return true;
        }
        try {
            long started = System.nanoTime();
            BackupInfo taken = backups.backUp(BackupInfo.DAILY);
            LOG.log(System.Logger.Level.INFO, "daily backup {0} taken in {1} ms", taken.file(),
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "daily backup failed; trying again in a minute", e);
            return false;
        }
    }

    @Override
    public void close() {
        job.close();
    }
}
