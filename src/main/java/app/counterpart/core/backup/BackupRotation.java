package app.counterpart.core.backup;

import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep (ADR 0027): the last {@link #DAILY} daily ones, the first daily of each of the
 * last {@link #WEEKLY} weeks, the last {@link #BEFORE_MIGRATION} taken before a migration and the last
 * {@link #BEFORE_RESTORE} taken before a restore. Manual backups and anything with another reason stay
 * until the owner deletes them, and the newest backup of all is always kept.
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int BEFORE_MIGRATION = 3;
    public static final int BEFORE_RESTORE = 3;

    /** Newest first; within one minute, {@code -2} is newer than the first. */
    public static final Comparator<BackupInfo> NEWEST_FIRST = Comparator.comparing(BackupInfo::takenAt)
            .thenComparingInt(BackupInfo::sequence).thenComparing(BackupInfo::file).reversed();

    private BackupRotation() {
    }

    /** The backups the rotation lets go, from all those in the folder. */
    public static List<BackupInfo> toDelete(List<BackupInfo> all) {
        List<BackupInfo> sorted = new ArrayList<>(all);
        sorted.sort(NEWEST_FIRST);
        Set<BackupInfo> keep = new LinkedHashSet<>();
        if (!sorted.isEmpty()) {
            keep.add(sorted.get(0));
        }
        List<BackupInfo> daily = sorted.stream().filter(b -> b.reason().equals(BackupInfo.DAILY)).toList();
        keep.addAll(daily.subList(0, Math.min(DAILY, daily.size())));
        // Oldest first, so the first daily of a week is the one that stands for it.
        Set<String> weeks = new HashSet<>();
        List<BackupInfo> firstOfWeek = new ArrayList<>();
        List<BackupInfo> oldestFirst = new ArrayList<>(daily);
        Collections.reverse(oldestFirst);
        for (BackupInfo b : oldestFirst) {
            if (weeks.add(b.takenAt().get(IsoFields.WEEK_BASED_YEAR) + "-"
                    + b.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))) {
                firstOfWeek.add(b);
            }
        }
        Collections.reverse(firstOfWeek);
        keep.addAll(firstOfWeek.subList(0, Math.min(WEEKLY, firstOfWeek.size())));
        List<BackupInfo> migration = sorted.stream().filter(BackupInfo::beforeMigration).toList();
        keep.addAll(migration.subList(0, Math.min(BEFORE_MIGRATION, migration.size())));
        List<BackupInfo> restore = sorted.stream().filter(b -> b.reason().equals(BackupInfo.BEFORE_RESTORE)).toList();
        keep.addAll(restore.subList(0, Math.min(BEFORE_RESTORE, restore.size())));
        return sorted.stream().filter(b -> !keep.contains(b) && rotated(b)).toList();
    }

    /** Only the kinds the app takes by itself rotate; the owner's own backups are the owner's to delete. */
    private static boolean rotated(BackupInfo b) {
        return b.reason().equals(BackupInfo.DAILY) || b.beforeMigration()
                || b.reason().equals(BackupInfo.BEFORE_RESTORE);
    }
}
