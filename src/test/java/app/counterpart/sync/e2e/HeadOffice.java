package app.counterpart.sync.e2e;

import app.counterpart.hq.HqServer;
import app.counterpart.hq.HqStore;
import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Messages.DayFigures;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import app.counterpart.testing.Postgres;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The real head office (its store and HTTP server) on a loopback port, for the sync end-to-end tests. */
final class HeadOffice implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final HqStore store;
    final HqServer server;

    private HeadOffice(HqStore store) {
        this.store = store;
        this.server = HqServer.start(store, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null);
    }

    static HeadOffice sqlite(Path dir) {
        return new HeadOffice(HqStore.open("jdbc:sqlite:" + dir.resolve("hq.db")));
    }

    static HeadOffice postgres() {
        return new HeadOffice(HqStore.open(Postgres.freshDatabaseUrl()));
    }

    URI uri() {
        return server.uri();
    }

    String enrolCode(String shop) {
        return store.newEnrolCode(shop);
    }

    /** The shop's figures per business day as head office reports them: day to [sales, revenue_minor]. */
    Map<String, List<Long>> days(String shop) {
        Map<String, List<Long>> out = new TreeMap<>();
        for (DayFigures d : store.report()) {
            if (d.shop().equals(shop) && (d.sales() != 0 || d.revenueMinor() != 0)) {
                out.put(d.day(), List.of(d.sales(), d.revenueMinor()));
            }
        }
        return out;
    }

    /** A device's GET straight to head office (not through a fault proxy), as JSON. */
    JsonNode get(String path, String deviceToken) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(uri().resolve(path))
                .header("Authorization", "Bearer " + deviceToken)
                .header(Protocol.HEADER_PROTOCOL, String.valueOf(Protocol.VERSION))
                .header(Protocol.HEADER_SCHEMA, String.valueOf(Database.SCHEMA_VERSION))
                .GET().build(), BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body()));
        }
        return Wire.JSON.readTree(response.body());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
