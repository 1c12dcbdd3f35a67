package app.counterpart.app;

import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.ImportProblem;
import app.counterpart.core.customers.csv.CustomerImportPlan;
import app.counterpart.core.customers.csv.CustomerImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart import customers FILE [--dry-run]} */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = {
            "Import customers from a CSV file (UTF-8, with or without BOM, or GBK) with the columns of "
                    + "`export customers`; phone and name are required, Chinese headings work too.",
            "A known phone number updates that customer, a new one adds a customer. Two rows with the same phone "
                    + "number are both rejected. referred_by is the phone number of a customer of the shop or of "
                    + "the file. Good rows are imported; each rejected row is listed on stderr as "
                    + "`line N, FIELD: message`."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row was imported", "3:some rows were rejected (the others were imported)",
            "2:the file could not be read (missing, empty, binary, a required column missing) or no shop",
            "1:the import failed; nothing was written"})
final class ImportCustomersCommand implements Callable<Integer> {

    /** Far beyond any customer list (100,000 customers are about 6 MB); a bigger file is the wrong file. */
    private static final long MAX_BYTES = 100L * 1024 * 1024;

    @ParentCommand
    ImportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file to import.")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and report what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                err.println("counterpart: " + file + " is " + Files.size(file) / (1024 * 1024)
                        + " MB, too large for a customer list");
                return ImportProductsCommand.UNREADABLE;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("counterpart: " + file + ": no such file");
            return ImportProductsCommand.UNREADABLE;
        } catch (IOException e) {
            err.println("counterpart: cannot read " + file + ": " + e.getMessage());
            return ImportProductsCommand.UNREADABLE;
        }
        Optional<AppContext> opened = ShopFolder.open(parent.root.resolveDataDir(false), Clock.systemDefaultZone(), err);
        if (opened.isEmpty()) {
            return ImportProductsCommand.UNREADABLE;
        }
        try (AppContext context = opened.get()) {
            CustomerImporter importer = context.customerImporter();
            CustomerImportPlan plan;
            try {
                plan = importer.preview(String.valueOf(file.getFileName()), bytes);
            } catch (CsvRefusedException e) {
                err.println("counterpart: " + file + ": " + e.getMessage());
                return ImportProductsCommand.UNREADABLE;
            }
            for (ImportProblem warning : plan.warnings()) {
                err.println("warning: " + warning.describe());
            }
            for (ImportProblem problem : plan.problems()) {
                err.println(problem.describe());
            }
            if (!dryRun) {
                importer.apply(plan, ShopFolder.ownerId(context));
            }
            out.printf("Read %d rows (encoding %s): %d new, %d updated, %d rejected%n", plan.rowsRead(),
                    plan.encoding(), plan.creates().size(), plan.updates().size(), plan.rejectedRows());
            if (plan.unchanged() > 0) {
                out.printf("%d rows match the customers already%n", plan.unchanged());
            }
            if (dryRun) {
                out.println("Dry run: nothing was written.");
            }
            out.flush();
            err.flush();
            return plan.rejectedRows() > 0 ? ImportProductsCommand.ROWS_REJECTED : 0;
        }
    }
}
