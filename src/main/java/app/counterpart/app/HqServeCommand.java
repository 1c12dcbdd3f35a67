package app.counterpart.app;

import app.counterpart.hq.HqServer;
import app.counterpart.hq.HqStore;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code counterpart hq serve --port P --db URL [--bind ADDR] [--tls-keystore F --tls-password P]} */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the head-office server until stopped; one JSON line per request goes to the console.")
final class HqServeCommand implements Callable<Integer> {

    /** Keeps the access logger reachable, so the handler set on it is not lost to garbage collection. */
    private static final Logger ACCESS = Logger.getLogger("app.counterpart.hq.access");

    @ParentCommand
    HqCommand hq;

    @Spec
    CommandSpec spec;

    @Mixin
    HqCommand.Database db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8787", description = "Port (default: 8787).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: every interface).")
    String bind;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "PKCS#12 key store: serve HTTPS with its key.")
    Path keyStore;

    @Option(names = "--tls-password", paramLabel = "PASS", description = "Password of the key store.",
            defaultValue = "")
    String password;

    @Override
    public Integer call() throws InterruptedException {
        SSLContext tls = keyStore == null ? null : HqServer.tls(keyStore, password.toCharArray());
        HqStore store = hq.open(db);
        HqServer server = HqServer.start(store, new InetSocketAddress(bind, port), tls);
        logRequestsToConsole();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "hq-stop"));
        spec.commandLine().getOut().println("Head office listening on " + server.uri() + " (" + store.database() + ")");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    private static void logRequestsToConsole() {
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.INFO);
        console.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getMessage() + System.lineSeparator();
            }
        });
        ACCESS.setUseParentHandlers(false);
        ACCESS.setLevel(Level.INFO);
        ACCESS.addHandler(console);
    }
}
