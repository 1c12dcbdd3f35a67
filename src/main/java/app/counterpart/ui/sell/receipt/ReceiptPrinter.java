package app.counterpart.ui.sell.receipt;

import app.counterpart.core.sell.receipt.Receipt;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * Prints receipts on the computer's default printer, without asking: at the till the receipt should
 * simply come out. Finding the printer can take seconds (the print system asks the spooler), so that
 * runs in the background; the job itself is made and run on the FX thread, where the receipt is laid
 * out. Every failure comes back as a {@link Result} with a message for the cashier. The sale was
 * committed before printing and nothing here touches it.
 */
public final class ReceiptPrinter {

    private static final System.Logger LOG = System.getLogger("app.counterpart.ui");
    /** One screen pixel is 1/96 inch; on paper that is 0.75 pt, the receipt's true size. */
    private static final double TRUE_SIZE = 72.0 / 96.0;

    public enum Outcome { PRINTED, NO_PRINTER, FAILED }

    /**
     * @param messageKey the text to show, from the bundles; its {0} is the printer's name
     * @param printer the printer's name, empty if none was found
     */
    public record Result(Outcome outcome, String messageKey, String printer) {

        static Result printed(Printer p) {
            return new Result(Outcome.PRINTED, "receipt.print.done", p.getName());
        }

        static Result noPrinter() {
            return new Result(Outcome.NO_PRINTER, "receipt.print.noPrinter", "");
        }

        static Result failed(String printer) {
            return new Result(Outcome.FAILED, printer.isEmpty() ? "receipt.print.lookupFailed" : "receipt.print.failed",
                    printer);
        }

        public boolean printed() {
            return outcome == Outcome.PRINTED;
        }

        public String message(I18n i18n) {
            return i18n.format(messageKey, printer);
        }
    }

    private final TaskExecutor tasks;
    private final Callable<Optional<Printer>> findPrinter;

    /** Prints on the system's default printer. */
    public ReceiptPrinter(TaskExecutor tasks) {
        this(tasks, () -> Optional.ofNullable(Printer.getDefaultPrinter()));
    }

    /** @param findPrinter finds the printer to use, in the background; empty when there is none */
    public ReceiptPrinter(TaskExecutor tasks, Callable<Optional<Printer>> findPrinter) {
        this.tasks = tasks;
        this.findPrinter = findPrinter;
    }

    /**
     * Prints the receipt; call on the FX thread. {@code done} runs on the FX thread with the outcome,
     * exactly once.
     */
    public void print(Receipt receipt, Consumer<Result> done) {
        tasks.run(findPrinter,
                printer -> done.accept(printer.map(p -> printOn(p, receipt)).orElseGet(Result::noPrinter)),
                e -> {
                    LOG.log(System.Logger.Level.WARNING, "no printer could be looked up", e);
                    done.accept(Result.failed(""));
                });
    }

    private static Result printOn(Printer printer, Receipt receipt) {
        PrinterJob job = null;
        try {
            job = PrinterJob.createPrinterJob(printer);
            if (job == null) {
                return Result.noPrinter();
            }
            // The default layout keeps 3/4 inch margins, which would leave little of an 80 mm roll.
            PageLayout page = printer.createPageLayout(printer.getDefaultPageLayout().getPaper(),
                    PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
            job.getJobSettings().setPageLayout(page);
            if (printPages(job, page, paper -> new ReceiptNode(receipt, paper))) {
                if (job.endJob()) {
                    return Result.printed(printer);
                }
            } else {
                job.cancelJob();
            }
            LOG.log(System.Logger.Level.WARNING, "printer {0} refused the receipt; job status {1}", printer.getName(),
                    job.getJobStatus());
            return Result.failed(printer.getName());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "printing the receipt on " + printer.getName() + " failed", e);
            if (job != null) {
                job.cancelJob();
            }
            return Result.failed(printer.getName());
        }
    }

    /**
     * Lays a fresh slip out for the printer's paper (the preview on screen must not change while it
     * prints), scales it to the printable width but never above true size, and cuts it into pages
     * when it is longer than one: roll printers take it in one piece, sheet printers in several. The
     * receipt and the Z report both print through here.
     *
     * @param slipFor the slip laid out for a paper
     */
    static boolean printPages(PrinterJob job, PageLayout page, Function<Paper, ? extends SlipNode> slipFor) {
        SlipNode node = slipFor.apply(Paper.forPrintableWidthPoints(page.getPrintableWidth()));
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
        // The bottom padding is blank paper: it never needs a page of its own.
        List<Double> starts = pageStarts(rows, height - node.getPadding().getBottom(), slice);
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

    /**
     * Where each page begins, for content {@code end} long shown {@code slice} at a time. A page ends
     * above the first row that would not fit whole, so no row is cut in two (the barcode above all,
     * which would no longer scan); only a row taller than a page is cut.
     *
     * @param rows the top and bottom of each row, in order
     */
    static List<Double> pageStarts(List<double[]> rows, double end, double slice) {
        List<Double> starts = new ArrayList<>();
        double start = 0;
        starts.add(start);
        while (end - start > slice + 1e-9) {
            double limit = start + slice;
            double next = limit;
            for (double[] row : rows) {
                if (row[0] < limit && row[1] > limit) {
                    next = row[0] > start ? row[0] : limit;
                    break;
                }
            }
            starts.add(next);
            start = next;
        }
        return starts;
    }
}
