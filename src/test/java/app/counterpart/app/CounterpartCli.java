package app.counterpart.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * The command line run in the test's JVM exactly as a script calls it, for tests outside this
 * package (the sync end-to-end tests); what it printed comes back with the exit code.
 */
public final class CounterpartCli {

    private CounterpartCli() {
    }

    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CounterpartCommand.commandLine(new CounterpartCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
