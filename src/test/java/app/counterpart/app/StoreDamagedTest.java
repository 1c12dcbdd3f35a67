package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.event.EventBus;
import app.counterpart.store.Database;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the desktop app's start makes of a store it cannot open: the recovery screen's cue, or the error as it was. */
class StoreDamagedTest {

    @TempDir
    Path dir;

    private RuntimeException opening() {
        return assertThrows(RuntimeException.class, () -> new AppContext(dir, Clock.systemUTC(), new EventBus(e -> { })));
    }

    @Test
    void aFileThatIsNoDatabaseIsDamaged() throws Exception {
        Files.writeString(dir.resolve(Database.FILE_NAME), "just text, saved over the shop's file by mistake");
        RuntimeException e = StoreDamaged.ifDamaged(dir, opening());
        assertInstanceOf(StoreDamaged.class, e);
        assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
        assertTrue(Files.readString(dir.resolve(Database.FILE_NAME)).startsWith("just text"), "left as it was");
    }

    @Test
    void aTruncatedStoreIsDamaged() throws Exception {
        new AppContext(dir, Clock.systemUTC(), new EventBus(e -> { })).close();
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            f.setLength(1000);
        }
        RuntimeException e = StoreDamaged.ifDamaged(dir, opening());
        assertInstanceOf(StoreDamaged.class, e);
    }

    @Test
    void aFailureWithASoundFileIsNotCalledDamage() {
        new AppContext(dir, Clock.systemUTC(), new EventBus(e -> { })).close();
        RuntimeException other = new IllegalStateException("something else");
        assertSame(other, StoreDamaged.ifDamaged(dir, other));
    }
}
