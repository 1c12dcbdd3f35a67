package app.counterpart.app;

import app.counterpart.core.shop.Device;
import app.counterpart.sync.client.SyncException;
import app.counterpart.sync.client.SyncSettings;
import app.counterpart.sync.client.SyncStatus;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart enrol --url URL --code CODE [--trust-store FILE --trust-password PASS]
 * [--device-code T2 [--device-name NAME]]}
 */
@Command(name = "enrol", mixinStandardHelpOptions = true,
        description = "Link this device to head office with a one-time code (from counterpart hq enrol-code). "
                + "Enrolling again with a new code replaces the link.")
final class EnrolCommand implements Callable<Integer> {

    @ParentCommand
    CounterpartCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Head office's address.")
    URI url;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The one-time enrolment code.")
    String code;

    @Option(names = "--trust-store", paramLabel = "FILE",
            description = "PKCS#12 trust store holding head office's certificate (for a self-signed head office); "
                    + "kept for later syncs.")
    Path trustStore;

    @Option(names = "--trust-password", paramLabel = "PASS", description = "The trust store's password.")
    String trustPassword;

    @Option(names = "--device-code", paramLabel = "CODE",
            description = "Make this copy of another till's data folder a new device of the shop with this code "
                    + "(T2, T3, ...) before enrolling: the copied queue and head-office link are cleared (ADR 26).")
    String deviceCode;

    @Option(names = "--device-name", paramLabel = "NAME",
            description = "The new device's name (default: Till 2 for T2).")
    String deviceName;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (trustStore != null && !Files.isRegularFile(trustStore)) {
            err.println("counterpart: no trust store at " + trustStore);
            return 1;
        }
        var opened = ShopFolder.open(parent.resolveDataDir(false), Clock.systemDefaultZone(), err);
        if (opened.isEmpty()) {
            return 1;
        }
        try (AppContext context = opened.get()) {
            if (deviceCode != null && !becomeDevice(context, err)) {
                return 1;
            }
            if (trustStore != null) {
                new SyncSettings(context.db).trustStore(trustStore, trustPassword);
            }
            SyncStatus before = context.sync.status();
            SyncStatus after = context.sync.enrol(url, code);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Enrolled device " + after.deviceCode() + " with head office " + after.hqUrl() + " as shop "
                    + after.shopName() + "."
                    + (before.enrolled() ? " This replaces the link to " + before.hqUrl() + " (shop "
                            + before.shopName() + ")." : ""));
            out.flush();
            return 0;
        } catch (SyncException e) {
            err.println("counterpart: " + e.getMessage());
            return 1;
        }
    }

    /** Gives this copy its own device, unless it already is that device (an enrolment tried again). */
    private boolean becomeDevice(AppContext context, PrintWriter err) {
        if (context.shops.localDevice().map(Device::code).filter(deviceCode::equals).isPresent()) {
            return true;
        }
        String name = deviceName != null ? deviceName
                : deviceCode.matches("T\\d+") ? "Till " + deviceCode.substring(1) : deviceCode;
        try {
            context.shops.becomeNewDevice(new Device(context.ids.next(), deviceCode, name));
            return true;
        } catch (RuntimeException e) {
            err.println("counterpart: this folder cannot become device " + deviceCode + ": " + e.getMessage());
            return false;
        }
    }
}
