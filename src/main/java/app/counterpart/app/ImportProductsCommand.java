package app.counterpart.app;

import app.counterpart.core.catalog.csv.ImportOptions;
import app.counterpart.core.catalog.csv.ProductImportPlan;
import app.counterpart.core.catalog.csv.ProductImporter;
import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.ImportProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart import products FILE [--dry-run] [--create-categories]} */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = {
            "Import products from a CSV file (UTF-8, with or without BOM, or GBK) with the columns of "
                    + "`export products`; sku, name_en, category and price are required, Chinese headings work too.",
            "A known SKU updates that product, a new SKU creates one. Good rows are imported; each rejected row is "
                    + "listed on stderr as `line N, FIELD: message`."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row was imported", "3:some rows were rejected (the others were imported)",
            "2:the file could not be read (missing, empty, binary, a required column missing) or no shop",
            "1:the import failed; nothing was written"})
final class ImportProductsCommand implements Callable<Integer> {

    static final int ROWS_REJECTED = 3;
    static final int UNREADABLE = 2;
    /** Far beyond any product list (20,000 products are about 2 MB); a bigger file is the wrong file. */
    private static final long MAX_BYTES = 100L * 1024 * 1024;

    @ParentCommand
    ImportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file to import.")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and report what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--create-categories",
            description = "Create a category for every unknown category name instead of rejecting its rows.")
    boolean createCategories;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                err.println("counterpart: " + file + " is " + Files.size(file) / (1024 * 1024)
                        + " MB, too large for a product list");
                return UNREADABLE;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("counterpart: " + file + ": no such file");
            return UNREADABLE;
        } catch (IOException e) {
            err.println("counterpart: cannot read " + file + ": " + e.getMessage());
            return UNREADABLE;
        }
        Optional<AppContext> opened = ShopFolder.open(parent.root.resolveDataDir(false), Clock.systemDefaultZone(), err);
        if (opened.isEmpty()) {
            return UNREADABLE;
        }
        try (AppContext context = opened.get()) {
            ProductImporter importer = context.productImporter(context.shops.shop().orElseThrow().currency());
            ProductImportPlan plan;
            try {
                plan = importer.preview(String.valueOf(file.getFileName()), bytes, new ImportOptions(createCategories));
            } catch (CsvRefusedException e) {
                err.println("counterpart: " + file + ": " + e.getMessage());
                return UNREADABLE;
            }
            for (ImportProblem warning : plan.warnings()) {
                err.println("warning: " + warning.describe());
            }
            for (ImportProblem problem : plan.problems()) {
                err.println(problem.describe());
            }
            if (!plan.unknownCategories().isEmpty()) {
                err.println("Pass --create-categories to create the unknown categories: "
                        + String.join(", ", plan.unknownCategories()));
            }
            if (!dryRun) {
                importer.apply(plan, ShopFolder.ownerId(context));
            }
            out.printf("Read %d rows (encoding %s): %d new, %d updated, %d rejected%n", plan.rowsRead(),
                    plan.encoding(), plan.creates().size(), plan.updates().size(), plan.rejectedRows());
            if (plan.unchanged() > 0) {
                out.printf("%d rows match the catalog already%n", plan.unchanged());
            }
            if (!plan.newCategories().isEmpty()) {
                out.println("New categories: " + plan.newCategories().stream()
                        .map(c -> c.code() + " (" + c.name() + ")").collect(Collectors.joining(", ")));
            }
            if (dryRun) {
                out.println("Dry run: nothing was written.");
            }
            out.flush();
            err.flush();
            return plan.rejectedRows() > 0 ? ROWS_REJECTED : 0;
        }
    }
}
