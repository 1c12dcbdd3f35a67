package app.counterpart.app;

import app.counterpart.sync.client.SyncEngine;
import app.counterpart.sync.client.SyncStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart sync}: one cycle, for scripts and for a shop without the desktop app open. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Run one sync cycle with head office: send every pending change, then receive what is new. "
                + "Exits 0 only when everything was sent and received.")
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    CounterpartCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        var opened = ShopFolder.open(parent.resolveDataDir(false), Clock.systemDefaultZone(), err);
        if (opened.isEmpty()) {
            return 1;
        }
        try (AppContext context = opened.get()) {
            if (!context.syncEngine.enrolled()) {
                err.println("counterpart: " + SyncEngine.NOT_ENROLLED);
                return 1;
            }
            SyncEngine.Cycle cycle = context.syncEngine.cycle();
            SyncStatus s = cycle.status();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Sent " + cycle.sent() + ", received " + cycle.received() + "; pending " + s.pending()
                    + ", rejected " + s.rejected() + ".");
            out.flush();
            if (!cycle.ok()) {
                err.println("counterpart: " + cycle.error());
                return 1;
            }
            return 0;
        }
    }
}
