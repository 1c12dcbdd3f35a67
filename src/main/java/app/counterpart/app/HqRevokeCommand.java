package app.counterpart.app;

import app.counterpart.hq.HqStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart hq revoke --db URL --device ID} */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Stop a device's token from working, at once.")
final class HqRevokeCommand implements Callable<Integer> {

    @ParentCommand
    HqCommand hq;

    @Spec
    CommandSpec spec;

    @Mixin
    HqCommand.Database db;

    @Option(names = "--device", paramLabel = "ID", required = true, description = "The device's id.")
    String device;

    @Override
    public Integer call() {
        try (HqStore store = hq.open(db)) {
            store.revokeDevice(device);
            spec.commandLine().getOut().println("Device " + device + " revoked.");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
