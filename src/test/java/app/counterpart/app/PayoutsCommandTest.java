package app.counterpart.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.incentives.IncentiveEngine;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.core.incentives.PayrollCsv;
import app.counterpart.testing.DemoFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless payouts command on the demo shop, called exactly as scripts call it. */
class PayoutsCommandTest {

    private static final PayPeriod OCTOBER = new PayPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));

    @TempDir
    static Path dataDir;
    static String summary;
    static String detail;
    static PayoutRun october;

    @BeforeAll
    static void demoStore() {
        try (DemoFixture store = new DemoFixture(dataDir, Clock.systemUTC())) {
            store.installDemo(LocalDate.of(2026, 10, 31), 35);
            october = IncentiveEngine.compute(store.incentives.rules(), store.incentives.settings(),
                    store.incentives.facts(OCTOBER));
            var currency = store.shops.shop().orElseThrow().currency();
            summary = PayrollCsv.summary(october, store.staff.staff(), currency);
            detail = PayrollCsv.detail(october, store.staff.staff(), store.incentives.rules(), currency);
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
    void csvIsThePayrollSummaryOfTheEnginesRun() {
        Run r = run("--data-dir", dataDir.toString(), "payouts", "--period", "2026-10", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(summary);
        assertThat(r.out().lines().count()).isGreaterThan(3);
    }

    @Test
    void linesAreTheLineByLineCsvWrittenToAFileWithABom() throws Exception {
        Path file = dataDir.resolve("october-lines.csv");
        Run r = run("--data-dir", dataDir.toString(), "payouts", "--period", "2026-10", "--lines", "--out",
                file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(PayrollCsv.bytes(detail));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("commission");
    }

    @Test
    void textIsATableWithOneRowPerPersonAndTheTotal() {
        Run r = run("--data-dir", dataDir.toString(), "payouts", "--period", "2026-10");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Payouts 2026-10-01 to 2026-10-31 (open");
        assertThat(r.out().lines().count()).isEqualTo(october.payouts().size() + 3L);
        String total = r.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(total.trim()).startsWith("total").endsWith(app.counterpart.core.common.Money.plain(
                october.totalMinor(), java.util.Currency.getInstance("CNY")));
    }

    @Test
    void closeWritesTheWeekOnceAndRefusesAPeriodThatIsNotOver() {
        PayPeriod week = PayPeriod.of(PayCycle.WEEKLY, LocalDate.of(2026, 10, 14));
        Run closed = run("--data-dir", dataDir.toString(), "payouts", "--week", "2026-10-14", "--close", "--by", "S01");
        assertThat(closed.exit()).as(closed.err()).isZero();
        assertThat(closed.err()).startsWith("Closed " + week.start() + " to 2026-10-18");
        assertThat(closed.out()).contains("(closed)");

        Run again = run("--data-dir", dataDir.toString(), "payouts", "--week", "2026-10-14", "--close");
        assertThat(again.exit()).isEqualTo(PayoutsCommand.REFUSED);
        assertThat(again.err()).contains("closed already");

        Run open = run("--data-dir", dataDir.toString(), "payouts", "--period", "2099-01", "--close");
        assertThat(open.exit()).isEqualTo(PayoutsCommand.REFUSED);
        assertThat(open.err()).contains("is not over yet");

        Run shown = run("--data-dir", dataDir.toString(), "payouts", "--week", "2026-10-14");
        assertThat(shown.out()).isEqualTo(closed.out());
    }

    @Test
    void anUnknownStaffCodeOrTwoPeriodsAreRefused() {
        assertThat(run("--data-dir", dataDir.toString(), "payouts", "--close", "--by", "NOBODY").exit())
                .isEqualTo(PayoutsCommand.UNUSABLE);
        assertThat(run("--data-dir", dataDir.toString(), "payouts", "--period", "2026-10", "--week", "2026-10-14")
                .exit()).isNotZero();
    }
}
