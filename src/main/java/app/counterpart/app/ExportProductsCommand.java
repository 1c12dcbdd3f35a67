package app.counterpart.app;

import app.counterpart.core.catalog.csv.CsvExport;
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

/** {@code counterpart export products FILE} */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = "Export every product, sorted by SKU, to a CSV file (UTF-8 with a BOM, so Excel shows the "
                + "Chinese names) that `import products` reads back unchanged. Overwrites FILE.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:no shop in the data folder, or FILE could not be written"})
final class ExportProductsCommand implements Callable<Integer> {

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
            CsvExport export = context.productImporter(context.shops.shop().orElseThrow().currency()).export();
            try {
                Files.write(file, export.bytes());
            } catch (IOException e) {
                err.println("counterpart: cannot write " + file + ": " + e.getMessage());
                return ImportProductsCommand.UNREADABLE;
            }
            out.println("Exported " + export.products() + " products to " + file);
            out.flush();
            return 0;
        }
    }
}
