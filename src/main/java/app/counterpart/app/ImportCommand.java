package app.counterpart.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart import products|customers FILE}: the kind of data comes first, so more kinds can follow. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import data from a CSV file.",
        subcommands = {ImportProductsCommand.class, ImportCustomersCommand.class})
final class ImportCommand implements Runnable {

    @ParentCommand
    CounterpartCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to import, e.g. import products FILE");
    }
}
