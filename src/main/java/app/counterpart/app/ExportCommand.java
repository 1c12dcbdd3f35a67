package app.counterpart.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart export products|customers FILE}: the kind of data comes first, so more kinds can follow. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data to a CSV file.",
        subcommands = {ExportProductsCommand.class, ExportCustomersCommand.class})
final class ExportCommand implements Runnable {

    @ParentCommand
    CounterpartCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to export, e.g. export products FILE");
    }
}
