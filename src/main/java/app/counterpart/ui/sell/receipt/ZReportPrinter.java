package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.ui.common.TaskExecutor;
import app.counterpart.ui.sell.receipt.ReceiptPrinter.Outcome;
import app.counterpart.ui.sell.receipt.ReceiptPrinter.Result;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;

/**
 * Prints Z reports on the computer's default printer the way {@link ReceiptPrinter} prints receipts:
 * the printer is looked up in the background, the job is made and run on the FX thread, a long report
 * is cut between rows, and every failure comes back as a {@link Result} with a message. The messages
 * are the report's own: the receipt's speak of a sale being saved.
 */
public final class ZReportPrinter {

    private static final System.Logger LOG = System.getLogger("app.counterpart.ui");

    private final TaskExecutor tasks;
    private final Callable<Optional<Printer>> findPrinter;

    /** Prints on the system's default printer. */
    public ZReportPrinter(TaskExecutor tasks) {
        this(tasks, () -> Optional.ofNullable(Printer.getDefaultPrinter()));
    }

    /** @param findPrinter finds the printer to use, in the background; empty when there is none */
    public ZReportPrinter(TaskExecutor tasks, Callable<Optional<Printer>> findPrinter) {
        this.tasks = tasks;
        this.findPrinter = findPrinter;
    }

    static Result noPrinter() {
        return new Result(Outcome.NO_PRINTER, "zreport.print.noPrinter", "");
    }

    static Result failed(String printer) {
        return new Result(Outcome.FAILED, printer.isEmpty() ? "zreport.print.lookupFailed" : "zreport.print.failed",
                printer);
    }

    /**
     * Prints the report; call on the FX thread. {@code done} runs on the FX thread with the outcome,
     * exactly once.
     */
    public void print(ZReportDocument report, Consumer<Result> done) {
        tasks.run(findPrinter,
                printer -> done.accept(printer.map(p -> printOn(p, report)).orElseGet(ZReportPrinter::noPrinter)),
                e -> {
                    LOG.log(System.Logger.Level.WARNING, "no printer could be looked up", e);
                    done.accept(failed(""));
                });
    }

    private static Result printOn(Printer printer, ZReportDocument report) {
        PrinterJob job = null;
        try {
            job = PrinterJob.createPrinterJob(printer);
            if (job == null) {
                return noPrinter();
            }
            // The default layout keeps 3/4 inch margins, which would leave little of an 80 mm roll.
            PageLayout page = printer.createPageLayout(printer.getDefaultPageLayout().getPaper(),
                    PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
            job.getJobSettings().setPageLayout(page);
            if (ReceiptPrinter.printPages(job, page, paper -> new ZReportNode(report, paper))) {
                if (job.endJob()) {
                    return new Result(Outcome.PRINTED, "receipt.print.done", printer.getName());
                }
            } else {
                job.cancelJob();
            }
            LOG.log(System.Logger.Level.WARNING, "printer {0} refused the Z report; job status {1}",
                    printer.getName(), job.getJobStatus());
            return failed(printer.getName());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "printing the Z report on " + printer.getName() + " failed", e);
            if (job != null) {
                job.cancelJob();
            }
            return failed(printer.getName());
        }
    }
}
