package app.counterpart.app;

import picocli.CommandLine;

/**
 * The jar's main class. It does not extend javafx.application.Application, which lets JavaFX run from
 * the class path; headless subcommands never start the toolkit at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and tips at first use; a till's console is no place for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Headless commands print their own results; libraries only get to say warnings.
        Logging.configure(null);
        CounterpartCommand root = new CounterpartCommand();
        CommandLine cli = CounterpartCommand.opensDesktopOnly(args) ? CounterpartCommand.desktopCommandLine(root)
                : CounterpartCommand.commandLine(root);
        int exit = cli.execute(args);
        if (exit != 0 || !root.desktopRequested()) {
            System.exit(exit);
        }
        DesktopApp.start(root.desktopOptions());
    }
}
