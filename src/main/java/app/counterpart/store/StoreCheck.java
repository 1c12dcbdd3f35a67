package app.counterpart.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a file is a sound Counterpart store: an SQLite database that passes {@code PRAGMA quick_check}
 * and holds the shop's tables. Used on backups before they are kept, on a backup before it is restored,
 * and on the live store when the app starts.
 */
public final class StoreCheck {

    /**
     * @param problem       what is wrong in plain words, or null when the file is sound
     * @param schemaVersion the newest migration applied, 0 when unknown
     */
    public record Verdict(String problem, int schemaVersion) {
        public boolean ok() {
            return problem == null;
        }
    }

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoreCheck() {
    }

    /** Checks the store file of a data folder (the one the app opens). */
    public static Verdict store(Path dataDir) {
        return file(dataDir.resolve(Database.FILE_NAME));
    }

    /** Checks any file; never changes it beyond what SQLite does to open it. */
    public static Verdict file(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Verdict("There is no file at " + file + ".", 0);
        }
        byte[] head = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !java.util.Arrays.equals(head, HEADER)) {
                return new Verdict("The file " + file.getFileName() + " is not an SQLite database.", 0);
            }
        } catch (IOException e) {
            return new Verdict("The file " + file.getFileName() + " cannot be read: " + e.getMessage(), 0);
        }
        try (Connection c = Database.dataSource(file, false).getConnection(); var st = c.createStatement()) {
            List<String> errors = new ArrayList<>();
            try (var rs = st.executeQuery("PRAGMA quick_check(5)")) {
                while (rs.next()) {
                    errors.add(rs.getString(1));
                }
            }
            if (!errors.equals(List.of("ok"))) {
                return new Verdict("The file " + file.getFileName() + " is damaged: " + String.join("; ", errors), 0);
            }
            int tables;
            try (var rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name IN ('flyway_schema_history', 'shop')")) {
                tables = rs.next() ? rs.getInt(1) : 0;
            }
            if (tables < 2) {
                return new Verdict("The file " + file.getFileName() + " is an SQLite database but not a Counterpart "
                        + "store.", 0);
            }
            try (var rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                    + " WHERE success = 1")) {
                return new Verdict(null, rs.next() ? rs.getInt(1) : 0);
            }
        } catch (SQLException e) {
            return new Verdict("The file " + file.getFileName() + " cannot be read as a store: " + e.getMessage(), 0);
        }
    }
}
