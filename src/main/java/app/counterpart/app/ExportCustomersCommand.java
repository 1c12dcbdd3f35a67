package app.counterpart.app;

import app.counterpart.core.customers.csv.CustomerCsvExport;
import app.counterpart.core.customers.csv.CustomerImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart export customers FILE}. The file holds every customer's phone number unmasked, so
 * the export is recorded in the audit log under the owner, as whom the command line acts. It asks for no
 * PIN and nothing else interactive: it runs headless (scripts, scheduled backups), and whoever can run it
 * on the shop's data folder can read the whole store file anyway; the command line is the owner's tool,
 * and the desktop's Export… is where the owner's approval is asked (ADR 0017).
 */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Export every customer, oldest members first, to a CSV file (UTF-8 with a BOM, so Excel shows "
                + "the Chinese names) that `import customers` reads back unchanged. Phone numbers are written in full; "
                + "the export is recorded in the audit log under the owner. Asks for nothing: the command line is the "
                + "owner's tool and runs with access to the data folder. Overwrites FILE.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:no shop in the data folder, or FILE could not be written"})
final class ExportCustomersCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file to write.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<AppContext> opened = ShopFolder.open(parent.root.resolveDataDir(false), Clock.systemDefaultZone(), err);
        if (opened.isEmpty()) {
            return ImportProductsCommand.UNREADABLE;
        }
        try (AppContext context = opened.get()) {
            CustomerImporter importer = context.customerImporter();
            CustomerCsvExport export = importer.export();
            try {
                Files.write(file, export.bytes());
            } catch (IOException e) {
                err.println("counterpart: cannot write " + file + ": " + e.getMessage());
                return ImportProductsCommand.UNREADABLE;
            }
            importer.exported(export, file.toAbsolutePath().toString(), ShopFolder.ownerId(context));
            out.println("Exported " + export.customers() + " customers to " + file);
            out.flush();
            return 0;
        }
    }
}
