package app.counterpart.app;

import app.counterpart.core.report.Dimension;
import app.counterpart.core.report.ReportFormat;
import app.counterpart.core.report.ReportRow;
import app.counterpart.store.report.JooqReportRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart report --from D --to D --by day|hour|category|product|staff|tender --format csv|json} */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a sales report for business days FROM to TO (both included), net of refunds and voids.")
final class ReportCommand implements Callable<Integer> {

    enum Format { csv, json }

    /** Exit code when the command could not run: bad arguments, no shop in the folder. */
    static final int UNUSABLE = 2;

    @ParentCommand
    CounterpartCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First business day, YYYY-MM-DD (default: today).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last business day, YYYY-MM-DD (default: today).")
    LocalDate to;

    @Option(names = "--by", paramLabel = "DIMENSION", defaultValue = "day",
            description = "day, hour, category, product, staff or tender (default: day).")
    String by;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or json (default: csv).")
    Format format;

    @Override
    public Integer call() {
        Dimension dimension;
        try {
            dimension = Dimension.fromCode(by);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("counterpart report: --by must be one of day, hour, category, "
                    + "product, staff, tender (not '" + by + "')");
            return UNUSABLE;
        }
        Clock clock = Clock.systemDefaultZone();
        var opened = ShopFolder.open(parent.resolveDataDir(false), clock, spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return UNUSABLE;
        }
        try (AppContext context = opened.get()) {
            LocalDate today = context.shops.shop().orElseThrow().calendar().businessDay(clock.instant());
            LocalDate first = from == null ? today : from;
            LocalDate last = to == null ? today : to;
            if (last.isBefore(first)) {
                spec.commandLine().getErr().println("counterpart report: --to " + last + " is before --from " + first);
                return UNUSABLE;
            }
            boolean chinese = Locale.getDefault().getLanguage().equals("zh");
            List<ReportRow> rows = new JooqReportRepository(context.db).report(dimension, first, last, chinese);
            String text = format == Format.json ? ReportFormat.json(dimension, rows) + "\n"
                    : ReportFormat.csv(dimension, rows);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
