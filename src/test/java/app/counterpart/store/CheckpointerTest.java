package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointerTest {

    /** Generous: these tests wait for another thread, never time it. */
    private static final long PATIENCE_NANOS = 60_000_000_000L;
    /** A value that fills most of a 4 KB page, so each commit adds at least one WAL frame. */
    private static final String PAGE_OF_TEXT = "x".repeat(3_000);

    @TempDir
    Path dir;

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    private static void writeOnePage(Database db, int i) {
        db.write(ctx -> ctx.execute("insert into setting(key, value) values (?, ?)", "k" + i, PAGE_OF_TEXT));
    }

    private Path wal() {
        return dir.resolve(Database.FILE_NAME + "-wal");
    }

    /** The WAL header's checkpoint sequence number, which goes up each time the writer starts the WAL afresh. */
    private int walGeneration() throws IOException {
        try (InputStream in = Files.newInputStream(wal())) {
            return ByteBuffer.wrap(in.readNBytes(16)).getInt(12);
        }
    }

    @Test
    void theWriterLeavesCheckpointsToTheCheckpointer() {
        try (Database db = Database.open(dir)) {
            assertEquals(0, (int) db.write(ctx -> ctx.fetchValue("pragma wal_autocheckpoint", Integer.class)));
            assertTrue(db.checkpointer().isRunning());
        }
    }

    @Test
    void onceTheWalPassesItsSizeItIsCopiedIntoTheDatabaseFile() throws Exception {
        try (Database db = Database.open(dir, new Checkpointer.Policy(20, 10_000))) {
            for (int i = 0; i < 50; i++) {
                writeOnePage(db, i);
            }
            // Each commit added at least one frame, so 20 frames were passed at the 20th commit at the latest.
            await("a checkpoint", () -> db.checkpointer().checkpoints() >= 1);
            await("rows in the database file", () -> rowsInDatabaseFileAlone() >= 20);
            assertTrue(db.checkpointer().last().walFrames() >= 20);
        }
    }

    @Test
    void aWalBelowItsSizeIsLeftAlone() throws Exception {
        try (Database db = Database.open(dir, new Checkpointer.Policy(10_000, 20_000))) {
            for (int i = 0; i < 50; i++) {
                writeOnePage(db, i);
            }
            Thread.sleep(200);
            assertEquals(0, db.checkpointer().checkpoints());
            assertEquals(0, rowsInDatabaseFileAlone());
        }
    }

    /** Rows in a copy of the database file without its WAL; -1 while a checkpoint is writing into it. */
    private int rowsInDatabaseFileAlone() {
        try {
            Path copy = Files.createDirectories(dir.resolve("copy")).resolve("copy.db");
            Files.copy(dir.resolve(Database.FILE_NAME), copy, StandardCopyOption.REPLACE_EXISTING);
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                    var st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from setting")) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (IOException | SQLException e) {
            return -1;
        }
    }

    @Test
    void backToBackCommitsKeepTheWalBounded() throws Exception {
        try (Database db = Database.open(dir, new Checkpointer.Policy(8, 32))) {
            writeOnePage(db, -1);
            int firstGeneration = walGeneration();
            int commits = 0;
            long deadline = System.nanoTime() + PATIENCE_NANOS;
            while (commits < 500 || walGeneration() < firstGeneration + 3) {
                assertTrue(System.nanoTime() < deadline, "the WAL was not started afresh within a minute");
                writeOnePage(db, commits++);
            }
            assertTrue(db.checkpointer().catchUps() >= 1);
            // Each commit wrote at least one 4 KB page; without checkpoints they would all still be in the WAL.
            long written = commits * 4_096L;
            assertTrue(Files.size(wal()) < written / 2, Files.size(wal()) + " bytes of WAL after " + written);
            assertEquals(commits + 1, (int) db.read(ctx -> ctx.fetchCount(ctx.selectFrom("setting"))));
        }
    }

    @Test
    void closingTheStoreStopsTheCheckpointer() {
        Database db = Database.open(dir);
        writeOnePage(db, 0);
        Checkpointer checkpointer = db.checkpointer();
        db.close();
        assertFalse(checkpointer.isRunning());
        // The last connection to close copied the WAL back and removed it.
        assertFalse(Files.exists(wal()));
    }
}
