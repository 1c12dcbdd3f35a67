package app.counterpart.app;

import app.counterpart.hq.HqStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart hq enrol-code --db URL --shop NAME}: prints only the code. */
@Command(name = "enrol-code", mixinStandardHelpOptions = true,
        description = "Print a one-time code a device of the shop enrols with (the shop is created if new).")
final class HqEnrolCodeCommand implements Callable<Integer> {

    @ParentCommand
    HqCommand hq;

    @Spec
    CommandSpec spec;

    @Mixin
    HqCommand.Database db;

    @Option(names = "--shop", paramLabel = "NAME", required = true, description = "The shop's name at head office.")
    String shop;

    @Override
    public Integer call() {
        try (HqStore store = hq.open(db)) {
            spec.commandLine().getOut().println(store.newEnrolCode(shop));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
