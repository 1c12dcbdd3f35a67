package app.counterpart.app;

import app.counterpart.core.common.Csv;
import app.counterpart.hq.HqStore;
import app.counterpart.sync.protocol.Messages;
import app.counterpart.sync.protocol.Wire;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart hq report --db URL --format json|csv}: every shop's sales and revenue per business
 * day, the same figures each shop's own {@code report --by day} prints, so the two can be compared.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print every shop's sales and revenue per business day, net of refunds and voids.")
final class HqReportCommand implements Callable<Integer> {

    enum Format { csv, json }

    @ParentCommand
    HqCommand hq;

    @Spec
    CommandSpec spec;

    @Mixin
    HqCommand.Database db;

    @Option(names = "--from", paramLabel = "DATE", description = "First business day, YYYY-MM-DD (default: the first).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last business day, YYYY-MM-DD (default: the last).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json or csv (default: json).")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        List<Messages.DayFigures> days;
        try (HqStore store = hq.open(db)) {
            days = store.report(from, to);
        }
        StringBuilder out = new StringBuilder();
        if (format == Format.json) {
            // The layout of the shop's own report --format json: one object a line.
            out.append('[');
            for (int i = 0; i < days.size(); i++) {
                Messages.DayFigures d = days.get(i);
                out.append(i == 0 ? "\n" : ",\n").append("{\"shop\":").append(Wire.JSON.writeValueAsString(d.shop()))
                        .append(",\"day\":").append(Wire.JSON.writeValueAsString(d.day()))
                        .append(",\"sales\":").append(d.sales())
                        .append(",\"revenue_minor\":").append(d.revenueMinor()).append('}');
            }
            out.append(days.isEmpty() ? "]\n" : "\n]\n");
        } else {
            out.append(Csv.line(List.of("shop", "day", "sales", "revenue_minor"))).append('\n');
            for (Messages.DayFigures d : days) {
                out.append(Csv.line(List.of(d.shop(), d.day(), Long.toString(d.sales()), Long.toString(d.revenueMinor()))))
                        .append('\n');
            }
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
