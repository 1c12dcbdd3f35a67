package app.counterpart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.ui.shell.Area;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The desktop's start parses its options without the subcommands, and means the same by them. */
class CounterpartCommandTest {

    @Test
    void onlyTheDesktopsOwnOptionsSkipTheSubcommands() {
        assertTrue(CounterpartCommand.opensDesktopOnly(new String[0]));
        assertTrue(CounterpartCommand.opensDesktopOnly(new String[] {"--data-dir", "/shop", "--screen", "sell"}));
        assertTrue(CounterpartCommand.opensDesktopOnly(new String[] {"--data-dir=/shop", "--demo", "--startup-probe"}));

        assertFalse(CounterpartCommand.opensDesktopOnly(new String[] {"--data-dir", "/shop", "report", "--by", "day"}));
        assertFalse(CounterpartCommand.opensDesktopOnly(new String[] {"--help"}));
        assertFalse(CounterpartCommand.opensDesktopOnly(new String[] {"--version"}));
        assertFalse(CounterpartCommand.opensDesktopOnly(new String[] {"backup"}));
        // A missing value goes to the full parser, which says what is wrong.
        assertFalse(CounterpartCommand.opensDesktopOnly(new String[] {"--data-dir"}));
    }

    @Test
    void bothCommandLinesReadTheDesktopOptionsAlike() {
        String[] args = {"--data-dir", "/shop", "--screen", "SELL", "--startup-probe"};
        CounterpartCommand quick = new CounterpartCommand();
        CounterpartCommand full = new CounterpartCommand();
        assertEquals(0, CounterpartCommand.desktopCommandLine(quick).execute(args));
        assertEquals(0, CounterpartCommand.commandLine(full).execute(args));

        for (CounterpartCommand root : new CounterpartCommand[] {quick, full}) {
            assertTrue(root.desktopRequested());
            DesktopApp.Options options = root.desktopOptions();
            assertEquals(Path.of("/shop"), options.dataDir());
            assertEquals(Area.SELL, options.startArea());
            assertTrue(options.startupProbe());
        }
    }

    @Test
    void theFullCommandLineHasEverySubcommandAndListsThemInItsHelp() {
        var cli = CounterpartCommand.commandLine(new CounterpartCommand());
        for (String name : new String[] {"demo", "import", "export", "report", "rollups", "payouts", "enrol", "sync",
                "hq", "backup", "restore", "check"}) {
            assertTrue(cli.getSubcommands().containsKey(name), name);
            assertTrue(cli.getUsageMessage().contains(name), name);
        }
        assertEquals(12, cli.getSubcommands().size());
    }
}
