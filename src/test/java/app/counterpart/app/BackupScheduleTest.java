package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.backup.BackupInfo;
import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.store.Backups;
import app.counterpart.store.Database;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One daily backup per business day, the rotation applied, and a damaged store reported instead. */
class BackupScheduleTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    /** Business days start at 04:00 UTC here. */
    private final BusinessCalendar calendar = new BusinessCalendar(ZoneOffset.UTC, 4);
    private final List<String> problems = new ArrayList<>();

    @Test
    void oneDailyBackupPerBusinessDayKeptByTheRotation() {
        try (DemoFixture store = new DemoFixture(dir, clock)) {
            store.installDemo(LocalDate.of(2026, 11, 1), 1);
            BackupSchedule schedule = new BackupSchedule(dir, calendar, clock, problems::add);
            assertTrue(schedule.run());
            clock.advance(Duration.ofHours(8)); // 18:00, same business day: a restart takes none
            assertTrue(schedule.run());
            clock.advance(Duration.ofHours(9)); // 03:00 next calendar day, still business day Nov 2
            assertTrue(schedule.run());
            assertEquals(1, new Backups(dir, clock).list().size());
            for (int day = 0; day < 20; day++) {
                clock.advance(Duration.ofDays(1));
                assertTrue(schedule.run());
            }
            List<BackupInfo> kept = new Backups(dir, clock).list();
            assertTrue(kept.stream().allMatch(b -> b.reason().equals(BackupInfo.DAILY)));
            // The 7 newest (Nov 17..23, taken at 03:00) and the first of each of the newest four weeks (Mondays
            // Nov 23, 16, 9 and the very first backup on Nov 2).
            assertEquals(List.of(23, 22, 21, 20, 19, 18, 17, 16, 9, 2),
                    kept.stream().map(b -> b.takenAt().getDayOfMonth()).toList(), kept.toString());
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void aDamagedStoreIsReportedAndNotBackedUp() throws Exception {
        try (DemoFixture store = new DemoFixture(dir, clock)) {
            store.installDemo(LocalDate.of(2026, 11, 1), 1);
        }
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write(new byte[32768]);
        }
        assertTrue(new BackupSchedule(dir, calendar, clock, problems::add).run());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("damaged"), problems.get(0));
        assertEquals(List.of(), new Backups(dir, clock).list());
    }
}
