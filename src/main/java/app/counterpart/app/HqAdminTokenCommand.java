package app.counterpart.app;

import app.counterpart.hq.HqStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart hq admin-token --db URL}: prints a new admin token; head office keeps only its hash. */
@Command(name = "admin-token", mixinStandardHelpOptions = true,
        description = "Print a new token for head office's admin API (shown once).")
final class HqAdminTokenCommand implements Callable<Integer> {

    @ParentCommand
    HqCommand hq;

    @Spec
    CommandSpec spec;

    @Mixin
    HqCommand.Database db;

    @Override
    public Integer call() {
        try (HqStore store = hq.open(db)) {
            spec.commandLine().getOut().println(store.newAdminToken());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
