package app.counterpart.app;

import app.counterpart.hq.HqStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code counterpart hq SUBCOMMAND}: the head-office server and its administration. */
@Command(name = "hq", mixinStandardHelpOptions = true,
        description = "Head office: the server shops sync with, and its administration.",
        subcommands = {HqServeCommand.class, HqEnrolCodeCommand.class, HqAdminTokenCommand.class,
                HqRevokeCommand.class, HqReportCommand.class, HqPublishCommand.class})
final class HqCommand {

    @ParentCommand
    CounterpartCommand parent;

    /** The --db option every hq subcommand takes. */
    static final class Database {
        @Option(names = "--db", paramLabel = "URL",
                description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=…&password=… "
                        + "(default: jdbc:sqlite:<data dir>/hq.db).")
        String url;
    }

    /** Opens head office's store at the URL given, or at hq.db in the data folder. */
    HqStore open(Database db) {
        String url = db.url;
        if (url == null) {
            Path dir = parent.resolveDataDir(false);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
            }
            url = "jdbc:sqlite:" + dir.resolve("hq.db");
        }
        return HqStore.open(url);
    }
}
