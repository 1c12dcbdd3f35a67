package app.counterpart.app;

import static app.counterpart.app.CounterpartCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.app.CounterpartCli.Run;
import app.counterpart.hq.HqServer;
import app.counterpart.hq.HqStore;
import app.counterpart.sync.protocol.Messages;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code counterpart hq} administration commands, called as a head-office operator calls them. */
class HqCommandTest {

    /** Head office may not read the store's version (layers), so the two numbers are kept equal here. */
    @Test
    void headOfficeServesTheShopSchemaThisBuildWrites() {
        assertEquals(app.counterpart.store.Database.SCHEMA_VERSION, HqServer.SHOP_SCHEMA);
    }


    private static final String HEADER =
            "sku,barcodes,category,name_en,name_zh,unit,price,cost,tax_rate,active,color,low_stock,track_stock\n";

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:sqlite:" + dir.resolve("hq.db");
    }

    @Test
    void reportPrintsEveryShopAndBusinessDayAsTheShopsReportDoes() throws Exception {
        String code = run("hq", "enrol-code", "--db", db(), "--shop", "Riverside").out().strip();
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), code);
        try (HqStore store = HqStore.open(db());
             HqServer server = HqServer.start(store, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null)) {
            String device = UUID.randomUUID().toString();
            Messages.EnrolResponse enrolled = Wire.read(post(server, "/v1/enrol", null,
                    Wire.write(new Messages.EnrolRequest(1, code, device, "T1", "Till"))), Messages.EnrolResponse.class);
            var sale = Wire.JSON.createObjectNode().put("id", "s1").put("number", "T1-1").put("kind", "sale")
                    .put("business_day", "2026-11-27").put("created_at", 1764288000000L).put("total_minor", 456780);
            sale.putArray("lines").addObject().put("total_minor", 456780);
            post(server, "/v1/push", enrolled.token(), Wire.write(new Messages.PushRequest(1, 13, device, List.of(
                    new Messages.Mutation(1, "m1", "sale", "s1", "insert", "0001764288000000-00000000-" + device,
                            1764288000000L, sale)))));
        }

        Run json = run("hq", "report", "--db", db(), "--format", "json");
        Run csv = run("hq", "report", "--db", db(), "--format", "csv");

        assertEquals(0, json.exit(), json.err());
        assertEquals("[\n{\"shop\":\"Riverside\",\"day\":\"2026-11-27\",\"sales\":1,\"revenue_minor\":456780}\n]\n",
                json.out());
        assertEquals("shop,day,sales,revenue_minor\nRiverside,2026-11-27,1,456780\n", csv.out());
    }

    @Test
    void publishingAFileWithABadRowNamesTheLineAndPublishesNothing() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"),
                HEADER + "MT-001,2101000000019,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,16.00,4.65,6,true,#9F7A5A,0,false\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"),
                HEADER + "MT-001,,MILKTEA,Pearl Milk Tea,,cup,16.00,4.65,6,true,,0,false\n"
                        + "MT-002,,MILKTEA,Large Tea,,cup,19.00,6.45,six,true,,0,false\n");

        Run refused = run("hq", "publish", "products", bad.toString(), "--db", db());
        Run published = run("hq", "publish", "products", good.toString(), "--db", db());

        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("line 3"), refused.err());
        assertEquals(0, published.exit(), published.err());
        assertEquals("Published 1 products to every shop.\n", published.out());
    }

    @Test
    void adminTokenAndRevokeWork() {
        Run token = run("hq", "admin-token", "--db", db());
        Run unknown = run("hq", "revoke", "--db", db(), "--device", "nope");

        assertEquals(0, token.exit());
        assertEquals(43, token.out().strip().length());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no device nope"), unknown.err());
    }

    private static byte[] post(HqServer server, String path, String token, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
                .header(Protocol.HEADER_PROTOCOL, "1").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }
}
