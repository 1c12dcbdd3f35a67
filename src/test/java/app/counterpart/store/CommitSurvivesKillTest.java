package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static org.jooq.impl.DSL.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.store.report.RollupCheck;
import app.counterpart.testing.DemoFixture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A till process killed (SIGKILL) while it commits sale after sale, with the checkpointer copying the WAL
 * back at the same moment: every sale it reported committed is there, and none is there in part.
 */
class CommitSurvivesKillTest {

    @TempDir
    Path dir;

    @Test
    void everySaleReportedCommittedSurvivesAKillAndNoneIsHalfStored() throws Exception {
        Instant now = Instant.now();
        try (DemoFixture store = new DemoFixture(dir, Clock.fixed(now, ZoneOffset.UTC))) {
            store.installDemo(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1), 1);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process till = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SellUntilKilled.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(till.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < 100 && (line = out.readLine()) != null) {
                reported.add(line);
            }
            till.destroyForcibly();
            till.waitFor();
        }
        assertEquals(100, reported.size(), "the till process stopped before it had sold 100 times");

        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            assertEquals("ok", store.db.read(ctx -> ctx.fetchValue("pragma integrity_check", String.class)));
            int found = store.db.read(ctx -> ctx.fetchCount(SALE, SALE.ID.in(reported)));
            assertEquals(reported.size(), found);
            // All or nothing: each stored sale has its four lines, and rollups and on hand agree with the rows.
            assertEquals(0, (int) store.db.read(ctx -> ctx.fetchCount(ctx.select(SALE.ID).from(SALE)
                    .leftJoin(SALE_LINE).on(SALE_LINE.SALE_ID.eq(SALE.ID))
                    .where(SALE.NUMBER.like("TEST-%"))
                    .groupBy(SALE.ID).having(count(SALE_LINE.ID).ne(4)))));
            assertEquals(List.of(), new RollupCheck(store.db).verify());
            assertEquals(List.of(), store.stock.ledgerMismatches());
            assertTrue(store.db.read(ctx -> ctx.fetchCount(SALE, SALE.NUMBER.like("TEST-%"))) >= reported.size());
        }
    }
}
