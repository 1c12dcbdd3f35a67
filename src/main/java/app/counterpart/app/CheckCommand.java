package app.counterpart.app;

import app.counterpart.store.StoreCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart check}: exit 0 and "ok" for a sound store, 1 and the problem otherwise. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the shop's store (SQLite quick_check and the shop's tables) without changing it.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    CounterpartCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = parent.resolveDataDir(false);
        long started = System.nanoTime();
        StoreCheck.Verdict verdict = StoreCheck.store(dir);
        if (!verdict.ok()) {
            spec.commandLine().getErr().println("counterpart check: " + verdict.problem());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ok (data version %d, checked in %d ms)%n", verdict.schemaVersion(),
                (System.nanoTime() - started) / 1_000_000);
        out.flush();
        return 0;
    }
}
