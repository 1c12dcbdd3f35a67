package app.counterpart.sync.client.inbound;

import app.counterpart.core.demo.DemoShop;
import app.counterpart.core.shop.Device;
import app.counterpart.store.Database;
import app.counterpart.sync.protocol.Messages.Change;
import app.counterpart.sync.protocol.Wire;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Two real devices of one shop: device A and device B start from the same store file (the demo shop's
 * catalog, staff and customers, as a second till gets them), each with its own clock and device id.
 * {@link #pushed} turns what B queued into the changes head office would hand A, the way the protocol
 * shapes them: outbox payloads as they are, immutable rows as their columns.
 */
final class TwoDevices implements AutoCloseable {

    static final String DEVICE_A = "0190d6b4-0000-7000-8000-0000000000a1";
    static final String DEVICE_B = "0190d6b4-0000-7000-8000-0000000000b2";

    private static Path base;

    final MutableClock clockA;
    final MutableClock clockB;
    final DemoFixture a;
    final DemoFixture b;
    private long cursor;

    TwoDevices(Path dir, Instant now) {
        try {
            Path file = base();
            Files.createDirectories(dir.resolve("a"));
            Files.createDirectories(dir.resolve("b"));
            Files.copy(file, dir.resolve("a").resolve(Database.FILE_NAME));
            Files.copy(file, dir.resolve("b").resolve(Database.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clockA = new MutableClock(now);
        clockB = new MutableClock(now);
        a = new DemoFixture(dir.resolve("a"), clockA);
        b = new DemoFixture(dir.resolve("b"), clockB);
        b.db.write(ctx -> {
            ctx.execute("UPDATE device SET is_local = 0");
            ctx.execute("INSERT INTO device (id, shop_id, code, name, is_local, created_at)"
                    + " SELECT ?, id, 'T2', 'Till 2', 1, 0 FROM shop", DEVICE_B);
            return null;
        });
        for (DemoFixture d : List.of(a, b)) {
            d.db.write(ctx -> ctx.execute("DELETE FROM outbox"));
        }
    }

    /** The shop's catalog, staff and customers, installed once per test run and copied for each test. */
    private static synchronized Path base() throws IOException {
        if (base == null) {
            Path dir = Files.createTempDirectory("two-devices");
            dir.toFile().deleteOnExit();
            DemoShop demo = DemoFixture.demoShop();
            try (DemoFixture store = new DemoFixture(dir, java.time.Clock.systemUTC())) {
                store.shops.create(demo.shop(), new Device(DEVICE_A, "T1", "Till 1"));
                store.catalog.addAll(demo.categories(), demo.products());
                store.staff.addAll(demo.staff());
                store.customers.addAll(demo.customers().subList(0, 30));
            }
            base = dir.resolve(Database.FILE_NAME);
            base.toFile().deleteOnExit();
        }
        return base;
    }

    /** Enrols A: the sync_state row the pull cursor lives in. */
    void enrolA() {
        a.db.write(ctx -> ctx.execute("INSERT INTO sync_state (hq_url, shop_id, shop_name, device_token, enrolled_at)"
                + " SELECT 'http://127.0.0.1:1', id, name, 'token', 0 FROM shop"));
    }

    /** What {@code from} queued, as head office hands it on, in queue order; the queue is then acknowledged. */
    List<Change> pushed(DemoFixture from) {
        String origin = from == a ? DEVICE_A : DEVICE_B;
        return from.db.write(ctx -> {
            List<Change> out = new ArrayList<>();
            for (Record r : ctx.fetch("SELECT entity, entity_id, op, payload, hlc FROM outbox ORDER BY seq")) {
                String entity = r.get("entity", String.class);
                String id = r.get("entity_id", String.class);
                String payload = r.get("payload", String.class);
                ObjectNode data = payload != null ? (ObjectNode) Wire.JSON.readTree(payload) : row(ctx, entity, id);
                out.add(new Change(++cursor, origin, entity, id, r.get("op", String.class), r.get("hlc", String.class),
                        data));
            }
            ctx.execute("DELETE FROM outbox");
            return out;
        });
    }

    /** An immutable row as the document the protocol sends: its columns; a sale with its lines and payments. */
    static ObjectNode row(DSLContext ctx, String entity, String id) {
        String key = entity.equals("payout_period") ? "period_key" : "id";
        ObjectNode doc = Wire.JSON.valueToTree(columns(ctx.fetchOne("SELECT * FROM " + entity + " WHERE " + key
                + " = ?", id)));
        if (entity.equals("sale")) {
            List<Map<String, Object>> lines = new ArrayList<>();
            ctx.fetch("SELECT * FROM sale_line WHERE sale_id = ? ORDER BY line_no", id).forEach(l -> {
                Map<String, Object> m = columns(l);
                m.remove("sale_id");
                lines.add(m);
            });
            List<Map<String, Object>> payments = new ArrayList<>();
            ctx.fetch("SELECT * FROM payment WHERE sale_id = ? ORDER BY seq", id).forEach(p -> {
                Map<String, Object> m = columns(p);
                m.remove("sale_id");
                payments.add(m);
            });
            doc.set("lines", Wire.JSON.valueToTree(lines));
            doc.set("payments", Wire.JSON.valueToTree(payments));
        }
        return doc;
    }

    static Map<String, Object> columns(Record r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
            m.put(r.field(i).getName(), r.get(i));
        }
        return m;
    }

    /** Every row of a table on a device, in a stable order, for comparing two devices. */
    static List<Map<String, Object>> rows(DemoFixture d, String sql, Object... binds) {
        return d.db.read(ctx -> ctx.fetch(sql, binds).map(TwoDevices::columns));
    }

    static int count(DemoFixture d, String table) {
        return d.db.read(ctx -> ctx.fetchCount(ctx.selectFrom(table)));
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
