package app.counterpart.app;

import app.counterpart.hq.HqStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart hq publish products FILE --db URL [--shop NAME]} */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish head office's master data to the shops.",
        subcommands = HqPublishCommand.Products.class)
final class HqPublishCommand {

    @ParentCommand
    HqCommand hq;

    @Command(name = "products", mixinStandardHelpOptions = true,
            description = "Publish a product CSV (the columns of a shop's product export); from then on head office "
                    + "owns those products. A bad row publishes nothing.")
    static final class Products implements Callable<Integer> {

        @ParentCommand
        HqPublishCommand publish;

        @Spec
        CommandSpec spec;

        @Mixin
        HqCommand.Database db;

        @Parameters(paramLabel = "FILE", description = "The product CSV.")
        Path file;

        @Option(names = "--shop", paramLabel = "NAME", description = "Only this shop (default: every shop).")
        String shop;

        @Option(names = "--currency", paramLabel = "CODE", defaultValue = "CNY",
                description = "The currency the prices are in (default: CNY).")
        Currency currency;

        @Override
        public Integer call() throws IOException {
            byte[] csv = Files.readAllBytes(file);
            try (HqStore store = publish.hq.open(db)) {
                int count = store.publishProducts(csv, shop, currency);
                spec.commandLine().getOut().println("Published " + count + " products to "
                        + (shop == null ? "every shop" : shop) + ".");
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
