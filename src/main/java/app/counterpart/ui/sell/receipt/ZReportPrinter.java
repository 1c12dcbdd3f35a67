package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.receipt.ZReportDocument;
import app.counterpart.ui.common.TaskExecutor;
import app.counterpart.ui.sell.receipt.ReceiptPrinter.Outcome;
import app.counterpart.ui.sell.receipt.ReceiptPrinter.Result;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Prints Z reports on the computer's default printer the way {@link ReceiptPrinter} prints receipts:
 * the printer is looked up in the background, the job is made and run on the FX thread, a long report
 * is cut between rows, and every failure comes back as a {@link Result} with a message. The messages
 * are the report's own: the receipt's speak of a sale being saved.
 */
public final class ZReportPrinter {

    private static final System.Logger LOG = System.getLogger("app.counterpart.ui");
    /** One screen pixel is 1/96 inch; on paper that is 0.75 pt, the slip's true size. */
    private static final double TRUE_SIZE = 72.0 / 96.0;

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
            if (printPages(job, page, report)) {
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

    /**
     * A fresh report laid out for the printer's paper (the preview must not change while it prints),
     * scaled to the printable width but never above true size, cut into pages between rows.
     */
    private static boolean printPages(PrinterJob job, PageLayout page, ZReportDocument report) {
        ZReportNode node = new ZReportNode(report, Paper.forPrintableWidthPoints(page.getPrintableWidth()));
        Group root = new Group(node);
        new Scene(root);
        root.applyCss();
        root.layout();
        double width = node.prefWidth(-1);
        double height = node.prefHeight(width);
        node.resize(width, height);
        node.layout();
        double scale = Math.min(TRUE_SIZE, page.getPrintableWidth() / width);
        double slice = page.getPrintableHeight() / scale;
        List<double[]> rows = node.getChildren().stream()
                .map(c -> new double[] {c.getBoundsInParent().getMinY(), c.getBoundsInParent().getMaxY()}).toList();
        List<Double> starts = ReceiptPrinter.pageStarts(rows, height - node.getPadding().getBottom(), slice);
        for (int i = 0; i < starts.size(); i++) {
            double top = starts.get(i);
            double bottom = i + 1 < starts.size() ? starts.get(i + 1) : Math.min(height, top + slice);
            node.getTransforms().setAll(new Scale(scale, scale), new Translate(0, -top));
            node.setClip(new Rectangle(0, top, width, bottom - top));
            if (!job.printPage(page, node)) {
                return false;
            }
        }
        return true;
    }
}
