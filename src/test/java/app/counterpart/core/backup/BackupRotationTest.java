package app.counterpart.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

    private static BackupInfo backup(LocalDateTime at, String reason) {
        return BackupInfo.parse(BackupInfo.fileName(at, reason, 1), 100).orElseThrow();
    }

    @Test
    void namesReadBackAsTheyWereWritten() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 28, 9, 15);
        assertEquals("counterpart-2026-11-28-0915-before-v15.db", BackupInfo.fileName(at, "before-v15", 1));
        BackupInfo b = BackupInfo.parse("counterpart-2026-11-28-0915-before-v15-3.db", 7).orElseThrow();
        assertEquals(new BackupInfo("counterpart-2026-11-28-0915-before-v15-3.db", at, "before-v15", 7), b);
        assertEquals(3, b.sequence());
        assertTrue(b.beforeMigration());
        assertEquals("daily", BackupInfo.parse("counterpart-2026-11-28-0915-daily-2.db", 1).orElseThrow().reason());
        assertTrue(BackupInfo.parse("counterpart.db", 1).isEmpty());
        assertTrue(BackupInfo.parse("counterpart-2026-13-28-0915-daily.db", 1).isEmpty(), "no 13th month");
        assertTrue(BackupInfo.parse("notes.txt", 1).isEmpty());
    }

    @Test
    void keepsSevenDailyFourWeeklyThreeOfEachBeforeAndEveryManual() {
        List<BackupInfo> all = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 9, 1, 9, 0); // a Tuesday
        for (int day = 0; day < 60; day++) {
            all.add(backup(start.plusDays(day), BackupInfo.DAILY));
        }
        for (int v = 10; v < 15; v++) {
            all.add(backup(start.plusDays(v).plusHours(1), BackupInfo.beforeMigration(v)));
            all.add(backup(start.plusDays(v).plusHours(2), BackupInfo.BEFORE_RESTORE));
        }
        all.add(backup(start.plusHours(3), BackupInfo.MANUAL));
        all.add(backup(start.plusHours(4), "external"));

        Set<BackupInfo> deleted = new HashSet<>(BackupRotation.toDelete(all));
        List<BackupInfo> kept = all.stream().filter(b -> !deleted.contains(b)).sorted(BackupRotation.NEWEST_FIRST).toList();

        List<LocalDateTime> daily = kept.stream().filter(b -> b.reason().equals("daily")).map(BackupInfo::takenAt).toList();
        // The 7 newest days (Oct 24..30), then the first daily of each older week among the 4 newest weeks:
        // weeks starting Oct 26 (first Oct 26, already kept), Oct 19 (first Oct 19), Oct 12, Oct 5.
        assertEquals(List.of(30, 29, 28, 27, 26, 25, 24, 19, 12, 5),
                daily.stream().map(LocalDateTime::getDayOfMonth).toList());
        assertTrue(daily.stream().skip(7).allMatch(d -> d.getDayOfWeek() == java.time.DayOfWeek.MONDAY));
        assertEquals(List.of("before-v14", "before-v13", "before-v12"),
                kept.stream().filter(BackupInfo::beforeMigration).map(BackupInfo::reason).toList());
        assertEquals(3, kept.stream().filter(b -> b.reason().equals(BackupInfo.BEFORE_RESTORE)).count());
        assertTrue(kept.stream().anyMatch(b -> b.reason().equals("manual")), "manual backups are the owner's");
        assertTrue(kept.stream().anyMatch(b -> b.reason().equals("external")), "unknown reasons are never rotated");
        assertEquals(all.size() - kept.size(), deleted.size());
    }

    @Test
    void theNewestBackupIsNeverDeleted() {
        List<BackupInfo> all = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 11, 1, 9, 0);
        for (int i = 0; i < 5; i++) {
            all.add(backup(start.plusDays(i), BackupInfo.beforeMigration(10 + i)));
        }
        List<BackupInfo> deleted = BackupRotation.toDelete(all);
        assertEquals(2, deleted.size());
        assertTrue(!deleted.contains(all.get(4)));
        assertEquals(List.of(), BackupRotation.toDelete(List.of(all.get(0))));
    }

    @Test
    void withinOneMinuteTheLaterSequenceIsNewer() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 28, 9, 15);
        BackupInfo first = BackupInfo.parse(BackupInfo.fileName(at, "manual", 1), 1).orElseThrow();
        BackupInfo second = BackupInfo.parse(BackupInfo.fileName(at, "manual", 2), 1).orElseThrow();
        BackupInfo tenth = BackupInfo.parse(BackupInfo.fileName(at, "manual", 10), 1).orElseThrow();
        List<BackupInfo> sorted = new ArrayList<>(List.of(first, tenth, second));
        sorted.sort(BackupRotation.NEWEST_FIRST);
        assertEquals(List.of(tenth, second, first), sorted);
    }
}
