package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.kpi.DayFigures;
import app.counterpart.testing.DemoFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless report and rollup commands, called exactly as scripts call them. */
class ReportCommandTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    @TempDir
    static Path dataDir;
    static List<DayFigures> days;

    @BeforeAll
    static void demoStore() {
        try (DemoFixture store = new DemoFixture(dataDir, Clock.systemUTC())) {
            store.installDemo(UNTIL, 10);
            days = store.kpis.days(UNTIL.minusDays(9), UNTIL);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CounterpartCommand.commandLine(new CounterpartCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void reportByDayAsJsonIsOneObjectPerBusinessDayWithTheStoresFigures() {
        Run r = run("--data-dir", dataDir.toString(), "report", "--from", UNTIL.minusDays(9).toString(), "--to",
                UNTIL.toString(), "--by", "day", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        Matcher m = Pattern.compile("\\{\"day\":\"([0-9-]{10})\",\"sales\":(-?\\d+),\"revenue_minor\":(-?\\d+)}")
                .matcher(r.out());
        int i = 0;
        while (m.find()) {
            DayFigures d = days.get(i++);
            assertEquals(d.day().toString(), m.group(1));
            assertEquals(d.sales(), Integer.parseInt(m.group(2)));
            assertEquals(d.revenueMinor(), Long.parseLong(m.group(3)));
        }
        assertEquals(10, i);
        assertTrue(r.out().trim().startsWith("[") && r.out().trim().endsWith("]"));
    }

    @Test
    void reportByTenderAsCsvHasAHeaderAndOneLinePerTender() {
        Run r = run("--data-dir", dataDir.toString(), "report", "--from", UNTIL.minusDays(9).toString(), "--to",
                UNTIL.toString(), "--by", "tender", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("tender,payments,amount_minor", lines[0]);
        assertEquals(6, lines.length, r.out());
    }

    @Test
    void anUnknownDimensionIsRefusedWithTheChoices() {
        Run r = run("--data-dir", dataDir.toString(), "report", "--by", "weather");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("day, hour, category, product, staff, tender"), r.err());
    }

    @Test
    void aFolderWithoutAStoreIsExplained(@TempDir Path empty) {
        Run r = run("--data-dir", empty.toString(), "report");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("holds no shop"), r.err());
    }

    @Test
    void rollupsVerifyFindsNoDifferenceOnAHealthyStore() {
        Run r = run("--data-dir", dataDir.toString(), "rollups", "--verify");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("no differences"), r.out());
    }
}
