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
                + "Without a subcommand it opens the desktop app.")
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

    /** The whole command line: the desktop app's options and every subcommand. */
    static CommandLine commandLine(CounterpartCommand root) {
        CommandLine cli = new CommandLine(root);
        // Added here rather than in @Command so that the desktop's start can leave them out (see
        // opensDesktopOnly); added before the settings below, which reach only subcommands already there.
        for (Object sub : java.util.List.of(
                new DemoCommand(),
                new ImportCommand(),
                new ExportCommand(),
                new ReportCommand(),
                new RollupsCommand(),
                new PayoutsCommand(),
                new EnrolCommand(),
                new SyncCommand(),
                new HqCommand(),
                new BackupCommand(),
                new RestoreCommand(),
                new CheckCommand())) {
            cli.addSubcommand(sub);
        }
        return configured(cli);
    }

    /**
     * The root command alone, for arguments that can only open the desktop app: building picocli's model
     * of every subcommand takes a quarter of a second of the till's start (ADR 0030).
     */
    static CommandLine desktopCommandLine(CounterpartCommand root) {
        return configured(new CommandLine(root));
    }

    /** Whether the arguments are only the desktop app's own options, so that no subcommand can be meant. */
    static boolean opensDesktopOnly(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--demo") || a.equals("--startup-probe") || a.startsWith("--data-dir=")
                    || a.startsWith("--screen=")) {
                continue;
            }
            if ((a.equals("--data-dir") || a.equals("--screen")) && i + 1 < args.length) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    private static CommandLine configured(CommandLine cli) {
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
