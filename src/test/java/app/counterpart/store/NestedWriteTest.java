package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NestedWriteTest {

    @TempDir
    Path dir;

    private static int settings(Database db) {
        return db.read(ctx -> ctx.fetchCount(ctx.selectFrom("setting")));
    }

    @Test
    void aWriteInsideAWriteCommitsWithTheOuterOne() {
        try (Database db = Database.open(dir)) {
            db.write(ctx -> {
                ctx.execute("insert into setting(key, value) values ('outer', '1')");
                return db.write(inner -> inner.execute("insert into setting(key, value) values ('inner', '1')"));
            });
            assertEquals(2, settings(db));
        }
    }

    @Test
    void aFailureAfterANestedWriteRollsBackBoth() {
        try (Database db = Database.open(dir)) {
            assertThrows(StoreException.class, () -> db.write(ctx -> {
                db.write(inner -> inner.execute("insert into setting(key, value) values ('inner', '1')"));
                ctx.execute("insert into setting(key, value) values ('inner', 'again')");
                return null;
            }));
            assertEquals(0, settings(db));
        }
    }

    @Test
    void aFailingNestedWriteRollsBackTheOuterWork() {
        try (Database db = Database.open(dir)) {
            assertThrows(StoreException.class, () -> db.write(ctx -> {
                ctx.execute("insert into setting(key, value) values ('outer', '1')");
                return db.write(inner -> inner.execute("insert into nowhere values (1)"));
            }));
            assertEquals(0, settings(db));
            db.write(ctx -> ctx.execute("insert into setting(key, value) values ('after', '1')"));
            assertEquals(1, settings(db));
        }
    }
}
