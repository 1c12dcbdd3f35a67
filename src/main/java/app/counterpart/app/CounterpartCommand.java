package app.counterpart.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code counterpart [--data-dir DIR] [SUBCOMMAND]}: no subcommand opens the desktop app. */
@Command(name = "counterpart",
        mixinStandardHelpOptions = true,
        versionProvider = CounterpartCommand.Version.class,
        description = "Counterpart, the offline-first operations console for small shops.%n"
                + "Without a subcommand it opens the desktop app.",
        subcommands = {DemoCommand.class, ImportCommand.class, ExportCommand.class, ReportCommand.class,
                RollupsCommand.class, PayoutsCommand.class, EnrolCommand.class, SyncCommand.class,
                HqCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class})
public final class CounterpartCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the shop's data (default: COUNTERPART_HOME, else the per-user data folder).")
    Path dataDir;

    @Option(names = "--demo",
            description = "Open the demo shop (in its own data folder unless --data-dir is given), "
                    + "creating it on first use.")
    boolean demo;

    @Option(names = "--screen", paramLabel = "AREA",
            description = "Screen to open on: ${COMPLETION-CANDIDATES} (default: dashboard).")
    app.counterpart.ui.shell.Area screen;

    /** For the start-up benchmark: print "ready <ms>" once the first screen is usable, then exit. */
    @Option(names = "--startup-probe", hidden = true)
    boolean startupProbe;

    private boolean desktopRequested;

    static CommandLine commandLine(CounterpartCommand root) {
        CommandLine cli = new CommandLine(root);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("counterpart: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public Integer call() {
        desktopRequested = true;
        return 0;
    }

    boolean desktopRequested() {
        return desktopRequested;
    }

    DesktopApp.Options desktopOptions() {
        return new DesktopApp.Options(resolveDataDir(demo), demo, screen, startupProbe);
    }

    Path resolveDataDir(boolean forDemo) {
        return DataDirs.resolve(dataDir, System.getenv(), forDemo);
    }

    static String version() {
        try (InputStream in = CounterpartCommand.class.getResourceAsStream("/app/counterpart/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Counterpart " + version()};
        }
    }
}
