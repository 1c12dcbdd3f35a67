package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads WAL files SQLite itself wrote, so the format the checkpointer relies on is checked against it. */
class WalFileTest {

    @TempDir
    Path dir;

    private Path wal() {
        return dir.resolve("w.db-wal");
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("w.db"));
        try (Statement st = c.createStatement()) {
            st.execute("pragma journal_mode=wal");
            st.execute("pragma wal_autocheckpoint=0");
            st.execute("create table if not exists t (v text)");
        }
        return c;
    }

    /** One commit of one row filling most of a page: one table page, so one frame. */
    private static void commitOnePage(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("insert into t (v) values ('" + "x".repeat(3_000) + "')");
        }
    }

    private static int[] checkpoint(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("pragma wal_checkpoint(passive)")) {
            rs.next();
            return new int[] {rs.getInt(2), rs.getInt(3)};
        }
    }

    @Test
    void noWalFileMeansNothingToCheckpoint() throws Exception {
        assertNull(WalFile.open(wal()));
        Files.write(wal(), new byte[0]);
        assertNull(WalFile.open(wal()));
    }

    @Test
    void countsTheFramesSqliteReportsForTheWal() throws Exception {
        try (Connection c = open()) {
            for (int i = 0; i < 30; i++) {
                commitOnePage(c);
            }
            int frames = checkpoint(c)[0];
            assertTrue(frames >= 30);
            try (WalFile file = WalFile.open(wal())) {
                assertTrue(file.holds(1));
                assertTrue(file.holds(frames));
                assertFalse(file.holds(frames + 1));
            }
        }
    }

    @Test
    void framesOfAnEarlierRunNoLongerCount() throws Exception {
        try (Connection c = open()) {
            for (int i = 0; i < 30; i++) {
                commitOnePage(c);
            }
            int[] full = checkpoint(c);
            long firstRun;
            try (WalFile file = WalFile.open(wal())) {
                firstRun = file.run();
            }
            // Everything was copied back, so this commit starts the WAL afresh over the old frames.
            commitOnePage(c);
            int frames = checkpoint(c)[0];
            assertTrue(frames < full[0]);
            try (WalFile file = WalFile.open(wal())) {
                assertNotEquals(firstRun, file.run());
                assertTrue(file.holds(frames));
                assertFalse(file.holds(frames + 1));
                assertFalse(file.holds(full[0]));
            }
        }
    }
}
