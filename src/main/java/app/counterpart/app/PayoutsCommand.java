package app.counterpart.app;

import app.counterpart.core.common.Money;
import app.counterpart.core.incentives.IncentiveEngine;
import app.counterpart.core.incentives.IncentiveException;
import app.counterpart.core.incentives.PayCycle;
import app.counterpart.core.incentives.PayPeriod;
import app.counterpart.core.incentives.Payout;
import app.counterpart.core.incentives.PayoutRun;
import app.counterpart.core.incentives.PayrollCsv;
import app.counterpart.core.incentives.RuleApplication;
import app.counterpart.core.staff.Staff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart payouts [--period YYYY-MM | --week DAY] [--format text|csv] [--lines] [--out FILE] [--close]}:
 * what each person earned in a pay period, from the ledger once the period is closed, computed from the
 * sales until then.
 */
@Command(name = "payouts", mixinStandardHelpOptions = true,
        description = "Print the incentive payouts of a pay period (default: the current one), or close it.")
final class PayoutsCommand implements Callable<Integer> {

    enum Format { text, csv }

    /** Exit code when the command could not run: bad arguments, no shop in the folder. */
    static final int UNUSABLE = 2;
    /** Exit code when the store refused to close the period. */
    static final int REFUSED = 1;

    @ParentCommand
    CounterpartCommand parent;

    @Spec
    CommandSpec spec;

    static final class Which {
        @Option(names = "--period", paramLabel = "YYYY-MM", description = "A calendar month, e.g. 2026-11.")
        YearMonth month;

        @Option(names = "--week", paramLabel = "DATE", description = "The week (Monday to Sunday) of this business day.")
        LocalDate week;
    }

    @ArgGroup(exclusive = true)
    Which which;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table, one row per person) or csv (the payroll file) (default: text).")
    Format format;

    @Option(names = "--lines", description = "The line-by-line CSV instead: every rule application that makes up the payouts.")
    boolean lines;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the console (CSV with a BOM for Excel).")
    Path out;

    @Option(names = "--close", description = "Close the period: write its payouts and ledger, which never change again.")
    boolean close;

    @Option(names = "--by", paramLabel = "STAFF_CODE", description = "Who closes the period, for the audit log (a staff code).")
    String by;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemDefaultZone();
        var opened = ShopFolder.open(parent.resolveDataDir(false), clock, err);
        if (opened.isEmpty()) {
            return UNUSABLE;
        }
        try (AppContext context = opened.get()) {
            var shop = context.shops.shop().orElseThrow();
            List<Staff> staff = context.staff.staff();
            String actor = null;
            if (by != null) {
                Optional<Staff> who = staff.stream().filter(s -> s.code().equalsIgnoreCase(by.trim())).findFirst();
                if (who.isEmpty()) {
                    err.println("counterpart payouts: no staff member has the code '" + by + "'");
                    return UNUSABLE;
                }
                actor = who.get().id();
            }
            var settings = context.incentives.settings();
            LocalDate today = shop.calendar().businessDay(clock.instant());
            PayPeriod period = which == null ? PayPeriod.of(settings.cycle(), today)
                    : which.month != null ? PayPeriod.of(PayCycle.MONTHLY, which.month.atDay(1))
                    : PayPeriod.of(PayCycle.WEEKLY, which.week);
            Optional<PayoutRun> closed = context.incentives.closed(period);
            PayoutRun run;
            if (close) {
                if (closed.isPresent()) {
                    err.println("counterpart payouts: " + period.start() + " to " + period.end().minusDays(1)
                            + " is closed already");
                    return REFUSED;
                }
                run = IncentiveEngine.compute(context.incentives.rules(), settings, context.incentives.facts(period));
                try {
                    context.incentives.close(run, actor);
                } catch (IncentiveException e) {
                    err.println("counterpart payouts: " + e.getMessage());
                    return REFUSED;
                }
                run = context.incentives.closed(period).orElseThrow();
                err.println("Closed " + period.start() + " to " + period.end().minusDays(1) + ": "
                        + run.payouts().size() + " payouts, " + Money.plain(run.totalMinor(), shop.currency()));
            } else {
                run = closed.orElseGet(() -> IncentiveEngine.compute(context.incentives.rules(), settings,
                        context.incentives.facts(period)));
            }
            String text = lines ? PayrollCsv.detail(run, staff, context.incentives.rules(), shop.currency())
                    : format == Format.csv ? PayrollCsv.summary(run, staff, shop.currency())
                    : table(run, staff, shop.currency());
            if (out != null) {
                boolean csv = lines || format == Format.csv;
                try {
                    Files.write(out, csv ? PayrollCsv.bytes(text) : text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.println("counterpart payouts: cannot write " + out + ": " + e.getMessage());
                    return UNUSABLE;
                }
            } else {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** One row per person with what each kind of rule paid, and the total; the period's state on top. */
    static String table(PayoutRun run, List<Staff> staff, Currency currency) {
        Map<String, Staff> byId = staff.stream().collect(Collectors.toMap(Staff::id, Function.identity()));
        StringBuilder out = new StringBuilder();
        out.append("Payouts ").append(run.period().start()).append(" to ").append(run.period().end().minusDays(1))
                .append(run.closed() ? " (closed)" : " (open: figures change until the period is closed)")
                .append('\n');
        String format = "%-6s %-16s %-9s %12s %12s %10s %10s %10s %12s%n";
        out.append(String.format(format, "code", "name", "role", "sales base", "commission", "new cust.",
                "referral", "team", "total"));
        List<Payout> payouts = run.payouts().stream().sorted(Comparator.comparing(
                (Payout p) -> byId.containsKey(p.personId()) ? byId.get(p.personId()).code() : p.personId()))
                .toList();
        for (Payout p : payouts) {
            long[] parts = new long[4];
            for (RuleApplication a : p.applications()) {
                int i = switch (a.reason()) {
                    case COMMISSION, COMMISSION_REVERSED -> 0;
                    case NEW_CUSTOMER, NEW_CUSTOMER_REVERSED -> 1;
                    case REFERRAL, REFERRAL_REVERSED -> 2;
                    case TEAM_GOAL -> 3;
                };
                parts[i] += a.amountMinor();
            }
            Staff s = byId.get(p.personId());
            out.append(String.format(format, s == null ? "" : s.code(), s == null ? p.personId() : s.name(),
                    s == null ? "" : s.role().code(), Money.plain(p.salesBaseMinor(), currency),
                    Money.plain(parts[0], currency), Money.plain(parts[1], currency), Money.plain(parts[2], currency),
                    Money.plain(parts[3], currency), Money.plain(p.amountMinor(), currency)));
        }
        out.append(String.format(format, "", "total", "", "", "", "", "", "", Money.plain(run.totalMinor(), currency)));
        return out.toString();
    }
}
