package app.counterpart.core.backup;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup file, named so a person can read it: {@code counterpart-2026-11-28-0915-daily.db}, with
 * {@code -2}, {@code -3} after the reason when a second one is taken within the same minute.
 *
 * @param file   the file's name in the backups folder
 * @param takenAt local time the backup was taken, from the name
 * @param reason daily, manual, before-vN (before a migration) or before-restore
 * @param size   bytes
 */
public record BackupInfo(String file, LocalDateTime takenAt, String reason, long size) {

    public static final String DAILY = "daily";
    public static final String MANUAL = "manual";
    public static final String BEFORE_RESTORE = "before-restore";
    private static final String BEFORE_MIGRATION = "before-v";

    private static final Pattern NAME = Pattern.compile(
            "counterpart-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})-([a-z][a-z0-9-]*?)(?:-(\\d+))?\\.db");

    /** The reason of the backup taken before migrating to schema version {@code version}. */
    public static String beforeMigration(int version) {
        return BEFORE_MIGRATION + version;
    }

    /** The file name for a backup taken at {@code at}; {@code n} above 1 tells apart backups of one minute. */
    public static String fileName(LocalDateTime at, String reason, int n) {
        return String.format(Locale.ROOT, "counterpart-%04d-%02d-%02d-%02d%02d-%s%s.db", at.getYear(),
                at.getMonthValue(), at.getDayOfMonth(), at.getHour(), at.getMinute(), reason, n > 1 ? "-" + n : "");
    }

    /** The backup a file name describes, or empty for any other file. */
    public static Optional<BackupInfo> parse(String fileName, long size) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return Optional.of(new BackupInfo(fileName, at, m.group(6), size));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 1 for the first backup of its minute, 2 for the next ({@code -2} in the name), and so on. */
    public int sequence() {
        Matcher m = NAME.matcher(file);
        return m.matches() && m.group(7) != null ? Integer.parseInt(m.group(7)) : 1;
    }

    public boolean beforeMigration() {
        return reason.startsWith(BEFORE_MIGRATION);
    }
}
