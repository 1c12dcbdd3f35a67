package app.counterpart.app;

import app.counterpart.store.report.RollupCheck;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart rollups --verify} or {@code counterpart rollups --rebuild} */
@Command(name = "rollups", mixinStandardHelpOptions = true,
        description = "Check the report rollups against the raw sales (--verify) or compute them again (--rebuild).")
final class RollupsCommand implements Callable<Integer> {

    /** Exit code when --verify found a difference. */
    static final int DIFFERENCES = 1;

    static final class Action {
        @Option(names = "--verify", required = true, description = "Recompute from raw rows and report differences.")
        boolean verify;

        @Option(names = "--rebuild", required = true, description = "Throw the rollups away and recompute them.")
        boolean rebuild;
    }

    @ParentCommand
    CounterpartCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    @Override
    public Integer call() {
        var opened = ShopFolder.open(parent.resolveDataDir(false), Clock.systemDefaultZone(), spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return ReportCommand.UNUSABLE;
        }
        try (AppContext context = opened.get()) {
            RollupCheck check = new RollupCheck(context.db);
            if (action.rebuild) {
                check.rebuild();
                spec.commandLine().getOut().println("Rollups rebuilt from the raw sales.");
            }
            List<RollupCheck.Difference> differences = check.verify();
            for (RollupCheck.Difference d : differences) {
                spec.commandLine().getOut().println(d);
            }
            spec.commandLine().getOut().println(differences.isEmpty()
                    ? "Rollups match the raw sales: no differences."
                    : differences.size() + " differences between rollups and raw sales.");
            spec.commandLine().getOut().flush();
            return differences.isEmpty() ? 0 : DIFFERENCES;
        }
    }
}
