package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.SETTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedStatementTest {

    private static final RenderedStatement INSERT = RenderedStatement.insertInto(SETTING, SETTING.KEY, SETTING.VALUE);
    private static final RenderedStatement APPEND = new RenderedStatement(DSL.update(SETTING)
            .set(SETTING.VALUE, SETTING.VALUE.concat(DSL.param(SETTING.VALUE)))
            .where(SETTING.KEY.eq(DSL.param(SETTING.KEY))));

    @TempDir
    Path dir;

    private static String value(Database db, String key) {
        return db.read(ctx -> ctx.fetchValue(SETTING.VALUE, SETTING.KEY.eq(key)));
    }

    @Test
    void rendersOnceWithAMarkerPerValue() {
        assertEquals("insert into setting (\"key\", value) values (?, ?)", INSERT.sql());
        assertEquals("update setting set value = (setting.value || ?) where setting.\"key\" = ?", APPEND.sql());
    }

    @Test
    void runsWithTheValuesInTheOrderOfItsMarkers() {
        try (Database db = Database.open(dir)) {
            db.write(ctx -> INSERT.execute(ctx, "greeting", "hello"));
            assertEquals(1, (int) db.write(ctx -> APPEND.execute(ctx, ", world", "greeting")));
            assertEquals("hello, world", value(db, "greeting"));
        }
    }

    @Test
    void aBatchRunsEveryRowBoundAndNothingWhenEmpty() {
        try (Database db = Database.open(dir)) {
            db.write(ctx -> {
                RenderedStatement.Batch rows = INSERT.batch(ctx);
                rows.execute();
                rows.bind("a", "1").bind("b", "2").bind("c", "");
                assertEquals(3, rows.size());
                rows.execute();
                return null;
            });
            assertEquals("2", value(db, "b"));
            assertEquals(3, (int) db.read(ctx -> ctx.fetchCount(SETTING)));
        }
    }

    @Test
    void theWrongNumberOfValuesIsRefusedBeforeAnythingRuns() {
        try (Database db = Database.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> db.write(ctx -> {
                INSERT.execute(ctx, "a", "1");
                return INSERT.batch(ctx).bind("only a key");
            }));
            assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
            assertTrue(e.getCause().getMessage().startsWith("1 values for 2 parameters"), e.getMessage());
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(SETTING)));
        }
    }

    @Test
    void aRefusedRowRollsBackTheWholeWriteWithTheUsualMessage() {
        try (Database db = Database.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> db.write(ctx -> {
                INSERT.execute(ctx, "x", "1");
                INSERT.batch(ctx).bind("y", "2").bind("x", "3").execute();
                return null;
            }));
            assertTrue(e.getMessage().startsWith("Already stored"), e.getMessage());
            assertEquals(0, (int) db.read(ctx -> ctx.fetchCount(SETTING)));
        }
    }
}
