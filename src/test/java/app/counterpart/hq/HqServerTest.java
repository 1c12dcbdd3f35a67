package app.counterpart.hq;

import static app.counterpart.hq.HqClient.entity;
import static app.counterpart.hq.HqClient.json;
import static app.counterpart.hq.HqClient.next;
import static app.counterpart.hq.HqClient.read;
import static app.counterpart.hq.HqClient.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages;
import app.counterpart.sync.protocol.Protocol;
import app.counterpart.sync.protocol.Wire;
import app.counterpart.testing.Postgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The head-office API over real HTTP on a loopback port, once on SQLite and once on PostgreSQL. One
 * server per database serves the whole class; every test makes shops of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HqServerTest {

    enum Db { SQLITE, POSTGRESQL }

    /** A running head office and its admin token. */
    record Hq(HqStore store, HqServer server, HqClient client, String admin) {
    }

    /** Static: the server's database outlives each test (a per-test folder would be deleted under it). */
    @TempDir
    static Path dir;

    private final Map<Db, Hq> running = new EnumMap<>(Db.class);

    private Hq hq(Db db) {
        return running.computeIfAbsent(db, d -> {
            HqStore store = HqStore.open(d == Db.SQLITE ? "jdbc:sqlite:" + dir.resolve("hq.db") : Postgres.freshDatabaseUrl());
            HqServer server = HqServer.start(store, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null);
            return new Hq(store, server, new HqClient(server.uri()), store.newAdminToken());
        });
    }

    @AfterAll
    void stop() {
        running.values().forEach(h -> {
            h.server().close();
            h.store().close();
        });
    }

    private static String shopName() {
        return "Shop " + UUID.randomUUID();
    }

    private static HqClient.Device device(Hq hq, String shop) {
        return hq.client().enrol(hq.store().newEnrolCode(shop));
    }

    private static List<Messages.DayFigures> days(Hq hq, HqClient.Device device) {
        return List.of(read(hq.client().get("/v1/shop/days", device.token), Messages.DayFigures[].class));
    }

    private static Messages.PullResponse pull(Hq hq, HqClient.Device device, long after, int limit) {
        return read(hq.client().get("/v1/pull?after=" + after + "&limit=" + limit, device.token),
                Messages.PullResponse.class);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void enrolmentRetriedBySameDeviceGetsSameTokenAndTheCodeIsBurnedForOthers(Db db) {
        Hq hq = hq(db);
        String shop = shopName();
        String code = hq.store().newEnrolCode(shop);
        String deviceId = UUID.randomUUID().toString();

        Messages.EnrolResponse first = read(hq.client().enrolRaw(code, deviceId), Messages.EnrolResponse.class);
        Messages.EnrolResponse again = read(hq.client().enrolRaw(code.toLowerCase(), deviceId), Messages.EnrolResponse.class);
        HttpResponse<byte[]> other = hq.client().enrolRaw(code, UUID.randomUUID().toString());

        assertEquals(shop, first.shopName());
        assertEquals(first.token(), again.token());
        assertEquals(401, other.statusCode());
        assertEquals("code_used", json(other).get("error").asText());
        assertEquals(401, hq.client().enrolRaw("NOPE-NOPE", deviceId).statusCode());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void pushAppliesAPageAndARetryIsAcknowledgedWithoutASecondEffect(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        List<Messages.Mutation> page = next(till, sale("2026-11-27", 1000), sale("2026-11-27", 550));

        Messages.PushResponse first = hq.client().push(till, page);
        Messages.PushResponse retry = hq.client().push(till, page);

        assertEquals(2, first.ackedThrough());
        assertEquals(2, retry.ackedThrough());
        assertEquals(List.of(new Messages.DayFigures(till.shopName, "2026-11-27", 2, 1550)), days(hq, till));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aSaleArrivingAgainUnderANewMutationIsAcknowledgedButCountedOnce(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        ObjectNode sale = sale("2026-11-28", 700);

        hq.client().push(till, next(till, sale));
        Messages.PushResponse copy = hq.client().push(till, next(till, sale));

        assertEquals(2, copy.ackedThrough());
        assertEquals(List.of(), copy.rejected());
        assertEquals(List.of(new Messages.DayFigures(till.shopName, "2026-11-28", 1, 700)), days(hq, till));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aSaleOrAMutationIdTwiceInOnePageIsCountedAndPassedOnOnce(Db db) {
        Hq hq = hq(db);
        String shop = shopName();
        HqClient.Device till = device(hq, shop);
        HqClient.Device sibling = device(hq, shop);
        ObjectNode sale = sale("2026-11-29", 400);
        List<Messages.Mutation> page = new ArrayList<>(next(till, sale, sale, sale("2026-11-29", 100)));
        Messages.Mutation third = page.get(2);
        page.add(new Messages.Mutation(++till.seq, third.id(), third.entity(), third.entityId(), third.op(),
                third.hlc(), third.createdAt(), third.data()));

        Messages.PushResponse response = hq.client().push(till, page);

        assertEquals(4, response.ackedThrough());
        assertEquals(List.of(), response.rejected());
        assertEquals(List.of(new Messages.DayFigures(shop, "2026-11-29", 2, 500)), days(hq, till));
        assertEquals(List.of(400L, 100L), pull(hq, sibling, 0, 500).changes().stream()
                .map(c -> c.data().get("total_minor").asLong()).toList());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aGapInSeqsIsRefusedNamingTheSeqExpectedAndWritesNothing(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        hq.client().push(till, next(till, sale("2026-11-27", 100)));
        till.seq = 5;

        HttpResponse<byte[]> gap = hq.client().pushRaw(till, next(till, sale("2026-11-27", 200)));

        assertEquals(409, gap.statusCode());
        assertEquals("seq_gap", json(gap).get("error").asText());
        assertEquals(2, json(gap).get("expected_seq").asLong());
        assertEquals(100, days(hq, till).get(0).revenueMinor());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void mutationsHqCannotApplyAreRejectedAcknowledgedAndListed(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        ObjectNode badTotal = sale("2026-11-27", 1000).put("total_minor", 999);
        ObjectNode badDay = sale("27.11.2026", 1000);
        ObjectNode noNumber = sale("2026-11-27", 1000);
        noNumber.remove("number");
        List<Messages.Mutation> page = new ArrayList<>(next(till, badTotal, badDay, noNumber,
                entity("gadget", "g1"), sale("2026-11-27", 300)));
        Messages.Mutation ahead = HqClient.mutation(++till.seq, till, "care_task",
                entity("care_task", "t1").put("status", "open"));
        page.add(new Messages.Mutation(ahead.seq(), ahead.id(), ahead.entity(), ahead.entityId(), ahead.op(),
                new Hlc(System.currentTimeMillis() + Protocol.MAX_FUTURE_SKEW.toMillis() + 60_000, 0, till.id).text(),
                ahead.createdAt(), ahead.data()));

        Messages.PushResponse response = hq.client().push(till, page);

        assertEquals(6, response.ackedThrough());
        List<String> reasons = response.rejected().stream().map(Messages.Rejection::reason).toList();
        assertEquals(5, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("invalid_data") && reasons.get(0).contains("add up to 1000"), reasons.get(0));
        assertTrue(reasons.get(1).startsWith("invalid_data") && reasons.get(1).contains("business_day"), reasons.get(1));
        assertTrue(reasons.get(2).startsWith("invalid_data") && reasons.get(2).contains("number"), reasons.get(2));
        assertEquals("unknown_entity", reasons.get(3));
        assertEquals("clock_ahead", reasons.get(4));
        assertEquals(List.of(1L, 2L, 3L, 4L, 6L), response.rejected().stream().map(Messages.Rejection::seq).toList());
        assertEquals(300, days(hq, till).get(0).revenueMinor());

        JsonNode shopList = json(hq.client().get("/v1/shop/rejected", till.token));
        JsonNode adminList = json(hq.client().get("/v1/admin/rejected?shop="
                + till.shopName.replace(" ", "%20"), hq.admin()));
        assertEquals(5, shopList.size());
        assertEquals(5, adminList.size());
        assertEquals("clock_ahead", adminList.get(4).get("reason").asText());
        // The answer to a retried page names its rejections again: the first answer may have been lost.
        assertEquals(5, hq.client().push(till, page).rejected().size());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void pullBringsSiblingsChangesAndHqPublicationsButNotOnesOwnInCursorPages(Db db) {
        Hq hq = hq(db);
        String shop = shopName();
        HqClient.Device till1 = device(hq, shop);
        HqClient.Device till2 = device(hq, shop);
        HqClient.Device elsewhere = device(hq, shopName());
        hq.client().push(till1, next(till1, sale("2026-11-27", 100), entity("team", "team-1").put("name", "Front")));
        hq.client().push(till2, next(till2, sale("2026-11-27", 200)));
        hq.client().push(elsewhere, next(elsewhere, sale("2026-11-27", 300)));
        HttpResponse<byte[]> published = hq.client().post("/v1/admin/publish/products?shop="
                + shop.replace(" ", "%20"), hq.admin(), productCsv("P-1").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, published.statusCode(), new String(published.body()));

        List<Messages.Change> seen = new ArrayList<>();
        long cursor = 0;
        int pages = 0;
        Messages.PullResponse page;
        do {
            page = pull(hq, till2, cursor, 1);
            seen.addAll(page.changes());
            cursor = page.next();
            pages++;
        } while (page.more());

        assertEquals(List.of("sale", "team", "product"), seen.stream().map(Messages.Change::entity).toList());
        assertEquals(till1.id, seen.get(0).originDevice());
        assertEquals(100, seen.get(0).data().get("total_minor").asLong());
        assertEquals("P-1", seen.get(2).entityId());
        assertEquals(1850, seen.get(2).data().get("price_minor").asLong());
        assertEquals("MILKTEA", seen.get(2).data().get("category").asText());
        assertEquals(3, pages);
        assertEquals(List.of(), pull(hq, till2, cursor, 500).changes());
        assertEquals(List.of("sale", "product"),
                pull(hq, till1, 0, 500).changes().stream().map(Messages.Change::entity).toList());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aShopEditOfAProductHqPublishedIsRejectedAsOwnedByHeadOffice(Db db) {
        Hq hq = hq(db);
        String shop = shopName();
        HqClient.Device till = device(hq, shop);
        Messages.PushResponse before = hq.client().push(till, next(till, entity("product", "p-uuid-1").put("sku", "P-9")));
        hq.client().post("/v1/admin/publish/products?shop=" + shop.replace(" ", "%20"), hq.admin(),
                productCsv("P-9").getBytes(StandardCharsets.UTF_8));

        Messages.PushResponse after = hq.client().push(till, next(till, entity("product", "p-uuid-1").put("sku", "P-9")));

        assertEquals(List.of(), before.rejected());
        assertEquals(List.of("owned_by_head_office"), after.rejected().stream().map(Messages.Rejection::reason).toList());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void customerFieldsMergeByTheLatestStampPerField(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        long t = System.currentTimeMillis();
        // The shop's store sends an edit as {"fields":{...},"at":..,"by":..}.
        ObjectNode newer = Wire.JSON.createObjectNode().put("at", t).put("by", "S01");
        newer.putObject("fields").put("phone", "139").putNull("note");
        ObjectNode older = Wire.JSON.createObjectNode().put("at", t).put("by", "S02");
        older.putObject("fields").put("phone", "138").put("name", "Li Wei");
        hq.client().push(till, List.of(
                new Messages.Mutation(1, UUID.randomUUID().toString(), "customer", "c1", "upsert",
                        new Hlc(t, 1, till.id).text(), t, newer),
                new Messages.Mutation(2, UUID.randomUUID().toString(), "customer", "c1", "upsert",
                        new Hlc(t, 0, till.id).text(), t, older)));

        Map<String, String> fields = hq.store().read(ctx -> {
            Map<String, String> m = new TreeMap<>();
            ctx.fetch("SELECT field, value FROM hq_customer_field WHERE customer_id = 'c1'")
                    .forEach(r -> m.put(r.get(0, String.class), r.get(1, String.class)));
            return m;
        });

        assertEquals(Map.of("phone", "\"139\"", "note", "null", "name", "\"Li Wei\""), fields);
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aWrongOrRevokedTokenIs401AndWritesNothing(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        HqClient.Device forged = new HqClient.Device(till.id, "forged", till.shopName);

        HttpResponse<byte[]> wrong = hq.client().pushRaw(forged, next(forged, sale("2026-11-27", 100)));
        hq.store().revokeDevice(till.id);
        HttpResponse<byte[]> revoked = hq.client().pushRaw(till, next(till, sale("2026-11-27", 100)));
        HttpResponse<byte[]> missing = hq.client().get("/v1/pull", null);

        assertEquals(401, wrong.statusCode());
        assertEquals(401, revoked.statusCode());
        assertEquals("revoked", json(revoked).get("error").asText());
        assertEquals(401, missing.statusCode());
        assertEquals(List.of(), hq.store().report().stream().filter(d -> d.shop().equals(till.shopName)).toList());
        assertEquals(401, hq.client().get("/v1/admin/shops", till.token).statusCode());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aDeviceCannotWriteOrReadAnotherShop(Db db) {
        Hq hq = hq(db);
        HqClient.Device a = device(hq, shopName());
        HqClient.Device b = device(hq, shopName());
        HqClient.Device aPosingAsB = new HqClient.Device(b.id, a.token, b.shopName);

        HttpResponse<byte[]> write = hq.client().pushRaw(aPosingAsB, next(aPosingAsB, sale("2026-11-27", 100)));
        HttpResponse<byte[]> readDays = hq.client().get("/v1/shop/days?shop=" + b.shopName.replace(" ", "%20"), a.token);
        HttpResponse<byte[]> readPull = hq.client().get("/v1/pull?shop=" + b.shopName.replace(" ", "%20"), a.token);

        assertEquals(403, write.statusCode());
        assertEquals(403, readDays.statusCode());
        assertEquals(403, readPull.statusCode());
        assertEquals(List.of(), days(hq, b));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void malformedJsonIs400WithAMessage(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());

        HttpResponse<byte[]> r = hq.client().post("/v1/push", till.token, "{\"device_id\": ".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, r.statusCode());
        assertEquals("malformed_json", json(r).get("error").asText());
        assertFalse(json(r).get("message").asText().isBlank());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void anOversizedBodyOrAGzipBombIs413(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        byte[] big = new byte[Protocol.MAX_BODY_BYTES + 1];
        byte[] bomb = Wire.gzip(new byte[Protocol.MAX_INFLATED_BYTES + 1]);

        HttpResponse<byte[]> oversized = hq.client().post("/v1/push", till.token, big);
        HttpResponse<byte[]> inflated = hq.client().send(hq.client().request("/v1/push", till.token)
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(bomb)).build());

        assertTrue(bomb.length < Protocol.MAX_BODY_BYTES);
        assertEquals(413, oversized.statusCode());
        assertEquals(413, inflated.statusCode());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void gzipBodiesAreReadAndAnswersGzippedWhenAccepted(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        List<Messages.Mutation> page = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            page.addAll(next(till, sale("2026-11-27", 100)));
        }
        byte[] body = Wire.gzip(Wire.write(new Messages.PushRequest(1, 13, till.id, page)));

        HttpResponse<byte[]> pushed = hq.client().send(hq.client().request("/v1/push", till.token)
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        HqClient.Device sibling = device(hq, till.shopName);
        HttpResponse<byte[]> pulled = hq.client().send(hq.client().request("/v1/pull", sibling.token)
                .header("Accept-Encoding", "gzip").GET().build());

        assertEquals(200, pushed.statusCode());
        assertEquals("gzip", pulled.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(20, Wire.JSON.convertValue(uncompressed(pulled), Messages.PullResponse.class).changes().size());
    }

    private static JsonNode uncompressed(HttpResponse<byte[]> response) {
        try {
            return Wire.JSON.readTree(Wire.gunzip(new ByteArrayInputStream(response.body()), 1 << 24));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aProtocolHqDoesNotSpeakIs426(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());

        HttpResponse<byte[]> future = hq.client().send(HttpRequest.newBuilder(hq.client().base.resolve("/v1/pull"))
                .header(Protocol.HEADER_PROTOCOL, "99").header("Authorization", "Bearer " + till.token).GET().build());
        HttpResponse<byte[]> none = hq.client().send(HttpRequest.newBuilder(hq.client().base.resolve("/v1/pull"))
                .header("Authorization", "Bearer " + till.token).GET().build());
        HttpResponse<byte[]> oldShop = hq.client().send(hq.client().request("/v1/pull", till.token)
                .header(Protocol.HEADER_SCHEMA, "3").GET().build());

        assertEquals(426, future.statusCode());
        assertTrue(json(future).get("message").asText().contains("1"));
        assertEquals(426, none.statusCode());
        assertEquals(426, oldShop.statusCode());
        assertEquals(200, hq.client().get("/v1/health", null).statusCode());
        assertEquals(db.name().toLowerCase(), json(hq.client().get("/v1/health", null)).get("database").asText());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aProductFileWithABadRowPublishesNothingAndNamesTheLine(Db db) {
        Hq hq = hq(db);
        String shop = shopName();
        HqClient.Device till = device(hq, shop);
        String csv = productCsv("P-1") + "P-2,,MILKTEA,Bad Tea,,cup,twelve,4.00,6,true,,0,false\n";

        HttpResponse<byte[]> r = hq.client().post("/v1/admin/publish/products?shop=" + shop.replace(" ", "%20"),
                hq.admin(), csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, r.statusCode());
        assertTrue(json(r).get("message").asText().contains("line 3"), json(r).get("message").asText());
        assertEquals(List.of(), pull(hq, till, 0, 500).changes().stream()
                .filter(c -> c.entity().equals("product")).toList());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void adminSeesShopsWithDevicesAndTheReport(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        hq.client().push(till, next(till, sale("2026-11-26", 400), sale("2026-11-27", 500)));

        List<Messages.ShopStatus> shops = List.of(read(hq.client().get("/v1/admin/shops", hq.admin()),
                Messages.ShopStatus[].class));
        List<Messages.DayFigures> report = List.of(read(hq.client().get("/v1/admin/report?from=2026-11-27&to=2026-11-27",
                hq.admin()), Messages.DayFigures[].class));

        Messages.ShopStatus status = shops.stream().filter(s -> s.shop().equals(till.shopName)).findFirst().orElseThrow();
        assertEquals(2, status.devices().get(0).lastSeq());
        assertTrue(report.contains(new Messages.DayFigures(till.shopName, "2026-11-27", 1, 500)));
        assertFalse(report.stream().anyMatch(d -> !d.day().equals("2026-11-27")));
        assertEquals(200, hq.client().post("/v1/admin/devices/" + till.id + "/revoke", hq.admin(), new byte[0])
                .statusCode());
        assertEquals(401, hq.client().get("/v1/pull", till.token).statusCode());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void aServerFaultIs500AndWritesNothingSoTheRetryAppliesOnce(Db db) {
        Hq hq = hq(db);
        HqClient.Device till = device(hq, shopName());
        List<Messages.Mutation> page = next(till, sale("2026-11-25", 900));
        HttpResponse<byte[]> fault;
        hq.store().write(ctx -> ctx.execute("ALTER TABLE hq_day RENAME TO hq_day_away"));
        try {
            fault = hq.client().pushRaw(till, page);
        } finally {
            hq.store().write(ctx -> ctx.execute("ALTER TABLE hq_day_away RENAME TO hq_day"));
        }

        assertEquals(500, fault.statusCode());
        long stored = hq.store().read(ctx -> HqStore.value(ctx, Long.class,
                "SELECT COUNT(*) FROM hq_sale s JOIN hq_device d ON d.shop_id = s.shop_id WHERE d.id = ?", till.id));
        assertEquals(0, stored);
        assertEquals(1, hq.client().push(till, page).ackedThrough());
        assertEquals(List.of(new Messages.DayFigures(till.shopName, "2026-11-25", 1, 900)), days(hq, till));
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void devicesPushingAtTheSameTimeAllArriveAndASiblingPullsEachChangeOnce(Db db) throws Exception {
        Hq hq = hq(db);
        String shop = shopName();
        List<HqClient.Device> tills = List.of(device(hq, shop), device(hq, shop));
        HqClient.Device reader = device(hq, shop);
        ExecutorService pool = Executors.newFixedThreadPool(tills.size());
        try {
            List<Future<?>> pushes = new ArrayList<>();
            for (HqClient.Device till : tills) {
                pushes.add(pool.submit(() -> {
                    for (int page = 0; page < 10; page++) {
                        assertEquals(List.of(), hq.client().push(till, next(till, sale("2026-11-24", 10),
                                sale("2026-11-24", 10), sale("2026-11-24", 10))).rejected());
                    }
                }));
            }
            for (Future<?> push : pushes) {
                push.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Set<String> sales = new HashSet<>();
        long cursor = 0;
        Messages.PullResponse page;
        do {
            page = pull(hq, reader, cursor, 7);
            for (Messages.Change c : page.changes()) {
                assertTrue(c.cursor() > cursor);
                assertTrue(sales.add(c.entityId()));
                cursor = c.cursor();
            }
        } while (page.more());

        assertEquals(60, sales.size());
        assertEquals(List.of(new Messages.DayFigures(shop, "2026-11-24", 60, 600)), days(hq, reader));
    }

    static String productCsv(String sku) {
        return "sku,barcodes,category,name_en,name_zh,unit,price,cost,tax_rate,active,color,low_stock,track_stock\n"
                + sku + ",2101000000019,MILKTEA,Pearl Milk Tea,珍珠奶茶,cup,18.50,4.65,6,true,#9F7A5A,0,false\n";
    }
}
