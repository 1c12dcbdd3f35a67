package app.counterpart.hq;

import app.counterpart.sync.protocol.Hlc;
import app.counterpart.sync.protocol.Messages;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Head office's data, in SQLite ({@code jdbc:sqlite:FILE}) or PostgreSQL ({@code jdbc:postgresql://…})
 * through the same plain SQL: jOOQ only picks the dialect. Every operation is one transaction on a
 * connection from a small pool. SQLite allows one writer, so writes there queue on a lock in Java
 * rather than on SQLite's busy timeout.
 */
public final class HqStore implements AutoCloseable {

    /** Enough idle connections for the server's request threads; more are opened and closed as needed. */
    private static final int MAX_IDLE = 8;

    private final String url;
    private final SQLDialect dialect;
    private final Clock clock;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final ReentrantLock sqliteWriter = new ReentrantLock();
    private byte[] secret;

    private HqStore(String url, SQLDialect dialect, Clock clock) {
        this.url = url;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Opens (creating and migrating as needed) the store at a JDBC URL. */
    public static HqStore open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    public static HqStore open(String jdbcUrl, Clock clock) {
        SQLDialect dialect;
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            dialect = SQLDialect.SQLITE;
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            dialect = SQLDialect.POSTGRES;
        } else {
            throw new IllegalArgumentException("head office needs a jdbc:sqlite: or jdbc:postgresql: URL, not " + jdbcUrl);
        }
        HqStore store = new HqStore(jdbcUrl, dialect, clock);
        try {
            Migrations.migrate(store);
            store.secret = store.write(HqStore::loadSecret);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static byte[] loadSecret(DSLContext ctx) {
        String hex = value(ctx, String.class, "SELECT key_hex FROM hq_secret WHERE singleton = 1");
        if (hex == null) {
            hex = HexFormat.of().formatHex(Tokens.newSecret());
            ctx.execute("INSERT INTO hq_secret (singleton, key_hex) VALUES (1, ?)", hex);
        }
        return HexFormat.of().parseHex(hex);
    }

    /** "sqlite" or "postgresql", as the health answer names it. */
    public String database() {
        return postgres() ? "postgresql" : "sqlite";
    }

    boolean postgres() {
        return dialect == SQLDialect.POSTGRES;
    }

    Clock clock() {
        return clock;
    }

    // ---- administration -------------------------------------------------------------------------

    /** A new one-time enrolment code for a shop, creating the shop if head office does not know it yet. */
    public String newEnrolCode(String shopName) {
        String name = shopName == null ? "" : shopName.strip();
        if (name.isEmpty()) {
            throw HqException.badRequest("a shop needs a name");
        }
        String code = Tokens.enrolCode();
        write(ctx -> {
            long now = clock.millis();
            String shopId = shopId(ctx, name);
            if (shopId == null) {
                shopId = UUID.randomUUID().toString();
                ctx.execute("INSERT INTO hq_shop (id, name, created_at) VALUES (?, ?, ?)", shopId, name, now);
            }
            ctx.execute("INSERT INTO hq_enrol_code (code_hash, shop_id, created_at) VALUES (?, ?, ?)",
                    Tokens.sha256(Tokens.normalizeCode(code)), shopId, now);
            return null;
        });
        return code;
    }

    /** A new admin token; only its hash is kept. */
    public String newAdminToken() {
        String token = Tokens.random256();
        write(ctx -> ctx.execute("INSERT INTO hq_admin_token (token_hash, created_at) VALUES (?, ?)",
                Tokens.sha256(token), clock.millis()));
        return token;
    }

    /** The device's token stops working at once. */
    public void revokeDevice(String deviceId) {
        int changed = write(ctx -> ctx.execute("UPDATE hq_device SET revoked = 1 WHERE id = ?", deviceId));
        if (changed == 0) {
            throw HqException.notFound("head office knows no device " + deviceId);
        }
    }

    boolean isAdmin(String token) {
        return token != null && read(ctx -> ctx.fetchOne("SELECT token_hash FROM hq_admin_token WHERE token_hash = ?",
                Tokens.sha256(token)) != null);
    }

    /** Every shop and business day, sorted by shop name and day. */
    public List<Messages.DayFigures> report() {
        return report(null, null, null);
    }

    /** Every shop's business days from and to (both included; null: no limit), by shop name and day. */
    public List<Messages.DayFigures> report(LocalDate from, LocalDate to) {
        return report(null, from, to);
    }

    /** Shops' figures per business day; a null bound or shop id means no limit. */
    List<Messages.DayFigures> report(String shopId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT s.name, d.day, d.sales, d.revenue_minor FROM hq_day d"
                + " JOIN hq_shop s ON s.id = d.shop_id WHERE 1 = 1");
        List<Object> binds = new ArrayList<>();
        if (shopId != null) {
            sql.append(" AND d.shop_id = ?");
            binds.add(shopId);
        }
        if (from != null) {
            sql.append(" AND d.day >= ?");
            binds.add(from.toString());
        }
        if (to != null) {
            sql.append(" AND d.day <= ?");
            binds.add(to.toString());
        }
        sql.append(" ORDER BY s.name, d.day");
        return read(ctx -> ctx.fetch(sql.toString(), binds.toArray()).map(r -> new Messages.DayFigures(
                r.get(0, String.class), r.get(1, String.class), r.get(2, Long.class), r.get(3, Long.class))));
    }

    /** Shops with their devices and how many of their mutations were rejected, by shop name. */
    List<Messages.ShopStatus> shops() {
        return read(ctx -> {
            Map<String, List<Messages.DeviceStatus>> devices = new LinkedHashMap<>();
            for (Record r : ctx.fetch("SELECT shop_id, id, code, name, last_seen, last_seq, revoked FROM hq_device"
                    + " ORDER BY enrolled_at, id")) {
                devices.computeIfAbsent(r.get(0, String.class), k -> new ArrayList<>()).add(new Messages.DeviceStatus(
                        r.get(1, String.class), r.get(2, String.class), r.get(3, String.class), r.get(4, Long.class),
                        r.get(5, Long.class), r.get(6, Integer.class) != 0));
            }
            return ctx.fetch("SELECT s.id, s.name, (SELECT COUNT(*) FROM hq_rejected x WHERE x.shop_id = s.id)"
                            + " FROM hq_shop s ORDER BY s.name")
                    .map(r -> new Messages.ShopStatus(r.get(0, String.class), r.get(1, String.class),
                            devices.getOrDefault(r.get(0, String.class), List.of()), r.get(2, Long.class)));
        });
    }

    /** A rejected mutation as head office keeps it. */
    public record RejectedMutation(String shop, String deviceId, long seq, String mutationId, String entity,
                                   String entityId, String reason, long at) {
    }

    /** Rejected mutations of one shop (by id) or of every shop (null), oldest first. */
    List<RejectedMutation> rejected(String shopId) {
        String sql = "SELECT s.name, x.device_id, x.seq, x.mutation_id, x.entity, x.entity_id, x.reason, x.at"
                + " FROM hq_rejected x JOIN hq_shop s ON s.id = x.shop_id"
                + (shopId == null ? "" : " WHERE x.shop_id = ?") + " ORDER BY x.id";
        Object[] binds = shopId == null ? new Object[0] : new Object[] {shopId};
        return read(ctx -> ctx.fetch(sql, binds).map(r -> new RejectedMutation(r.get(0, String.class),
                r.get(1, String.class), r.get(2, Long.class), r.get(3, String.class), r.get(4, String.class),
                r.get(5, String.class), r.get(6, String.class), r.get(7, Long.class))));
    }

    /** The id of the shop with this name, or 404. */
    String shopIdByName(String name) {
        String id = read(ctx -> shopId(ctx, name));
        if (id == null) {
            throw HqException.notFound("head office knows no shop named " + name);
        }
        return id;
    }

    private static String shopId(DSLContext ctx, String name) {
        return value(ctx, String.class, "SELECT id FROM hq_shop WHERE name = ?", name);
    }

    /**
     * Publishes a product CSV (the shop's export format) to one shop or, with a null shop, to every
     * shop: all rows or none.
     *
     * @return how many products were published
     */
    public int publishProducts(byte[] csv, String shopNameOrNull, Currency currency) {
        List<ProductPublication.Published> products = ProductPublication.read(csv, currency);
        String shopId = shopNameOrNull == null ? null : shopIdByName(shopNameOrNull);
        write(ctx -> {
            ChangeLog log = new ChangeLog(this, ctx);
            String hlc = new Hlc(clock.millis(), 0, "hq").text();
            for (ProductPublication.Published p : products) {
                ctx.execute("INSERT INTO hq_entity (shop_id, entity, entity_id, owner, hlc, op, data)"
                                + " VALUES (?, 'product', ?, 'hq', ?, 'upsert', ?) ON CONFLICT (shop_id, entity, entity_id)"
                                + " DO UPDATE SET owner = 'hq', hlc = excluded.hlc, op = excluded.op, data = excluded.data",
                        shopId == null ? "" : shopId, p.sku(), hlc, p.json());
                log.add(shopId, null, "product", p.sku(), "upsert", hlc, p.json());
            }
            log.flush();
            return null;
        });
        return products.size();
    }

    // ---- devices ---------------------------------------------------------------------------------

    /** A device as its token identifies it. */
    record Device(String id, String shopId, String shopName) {
    }

    Messages.EnrolResponse enrol(Messages.EnrolRequest request) {
        if (request.code() == null || request.code().isBlank() || request.deviceId() == null
                || request.deviceId().isBlank()) {
            throw HqException.badRequest("an enrolment needs a code and a device_id");
        }
        String code = Tokens.normalizeCode(request.code());
        String deviceId = request.deviceId();
        String token = Tokens.deviceToken(secret, code, deviceId);
        return write(ctx -> {
            long now = clock.millis();
            Record row = ctx.fetchOne("SELECT c.shop_id, c.device_id, s.name FROM hq_enrol_code c"
                    + " JOIN hq_shop s ON s.id = c.shop_id WHERE c.code_hash = ?" + forUpdate("c"), Tokens.sha256(code));
            if (row == null) {
                throw HqException.unauthorized("code_unknown", "head office issued no such enrolment code");
            }
            String shopId = row.get(0, String.class);
            String usedBy = row.get(1, String.class);
            Record existing = ctx.fetchOne("SELECT shop_id, revoked, token_hash FROM hq_device WHERE id = ?", deviceId);
            if (existing != null && !existing.get(0, String.class).equals(shopId)) {
                throw HqException.forbidden("device " + deviceId + " belongs to another shop");
            }
            if (usedBy == null) {
                ctx.execute("UPDATE hq_enrol_code SET device_id = ?, used_at = ? WHERE code_hash = ?",
                        deviceId, now, Tokens.sha256(code));
                if (existing == null) {
                    ctx.execute("INSERT INTO hq_device (id, shop_id, code, name, token_hash, enrolled_at, last_seen)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", deviceId, shopId, request.deviceCode(),
                            request.deviceName(), Tokens.sha256(token), now, now);
                } else {
                    // Enrolled again with a new code (e.g. after a revocation): a new token, the same seq.
                    ctx.execute("UPDATE hq_device SET code = ?, name = ?, token_hash = ?, revoked = 0, last_seen = ?"
                            + " WHERE id = ?", request.deviceCode(), request.deviceName(), Tokens.sha256(token), now,
                            deviceId);
                }
            } else if (!usedBy.equals(deviceId)) {
                throw HqException.unauthorized("code_used", "this enrolment code was already used by another device");
            } else if (existing == null || existing.get(1, Integer.class) != 0) {
                throw HqException.unauthorized("revoked", "this device's enrolment was revoked; ask for a new code");
            } else if (!existing.get(2, String.class).equals(Tokens.sha256(token))) {
                throw HqException.unauthorized("code_used", "this device enrolled again since, with a newer code");
            }
            return new Messages.EnrolResponse(shopId, row.get(2, String.class), deviceId, token);
        });
    }

    /** The device a bearer token belongs to, or 401: missing, unknown or revoked. */
    Device device(String token) {
        return read(ctx -> device(ctx, token, false));
    }

    Device device(DSLContext ctx, String token, boolean lock) {
        if (token == null || token.isBlank()) {
            throw HqException.unauthorized("unauthorized", "a device token is needed (Authorization: Bearer …)");
        }
        Record r = ctx.fetchOne("SELECT d.id, d.shop_id, s.name, d.revoked FROM hq_device d"
                + " JOIN hq_shop s ON s.id = d.shop_id WHERE d.token_hash = ?"
                + (lock ? forUpdate("d") : ""), Tokens.sha256(token));
        if (r == null) {
            throw HqException.unauthorized("unauthorized", "head office does not know this device token");
        }
        if (r.get(3, Integer.class) != 0) {
            throw HqException.unauthorized("revoked", "this device's token was revoked");
        }
        return new Device(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class));
    }

    Messages.PushResponse push(String token, Messages.PushRequest request) {
        return write(ctx -> new PushPage(this, ctx, device(ctx, token, true), request).apply());
    }

    /** The shop's changes after a cursor that this device did not push itself, HQ's publications included. */
    Messages.PullResponse pull(Device device, long after, int limit) {
        return write(ctx -> {
            ctx.execute("UPDATE hq_device SET last_seen = ? WHERE id = ?", clock.millis(), device.id());
            List<Messages.Change> changes = new ArrayList<>();
            for (Record r : ctx.fetch("SELECT cursor, origin_device, entity, entity_id, op, hlc, data FROM hq_change"
                            + " WHERE cursor > ? AND (shop_id = ? OR shop_id IS NULL)"
                            + " AND (origin_device IS NULL OR origin_device <> ?) ORDER BY cursor LIMIT ?",
                    after, device.shopId(), device.id(), limit + 1)) {
                changes.add(new Messages.Change(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, String.class),
                        Json.object(r.get(6, String.class))));
            }
            boolean more = changes.size() > limit;
            if (more) {
                changes.remove(changes.size() - 1);
            }
            long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).cursor();
            return new Messages.PullResponse(changes, next, more);
        });
    }

    // ---- transactions ----------------------------------------------------------------------------

    /** The first column of the first row, or null when there is no row. */
    static <T> T value(DSLContext ctx, Class<T> type, String sql, Object... binds) {
        Record r = ctx.fetchOne(sql, binds);
        return r == null ? null : r.get(0, type);
    }

    /** Locks the rows of {@code alias} where the database locks rows (PostgreSQL); SQLite's single writer needs none. */
    private String forUpdate(String alias) {
        return postgres() ? " FOR UPDATE OF " + alias : "";
    }

    <T> T read(Function<DSLContext, T> work) {
        return transaction(false, work);
    }

    <T> T write(Function<DSLContext, T> work) {
        return transaction(true, work);
    }

    private <T> T transaction(boolean write, Function<DSLContext, T> work) {
        boolean locked = write && !postgres();
        if (locked) {
            sqliteWriter.lock();
        }
        Connection connection = null;
        boolean reusable = false;
        try {
            connection = connection();
            try {
                T result = work.apply(DSL.using(connection, dialect));
                connection.commit();
                reusable = true;
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                // A refused request leaves the connection as good as it was; anything else may not.
                reusable = e instanceof HqException;
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("head office database: " + e.getMessage(), e);
        } finally {
            release(connection, reusable);
            if (locked) {
                sqliteWriter.unlock();
            }
        }
    }

    private Connection connection() throws SQLException {
        Connection c = idle.pollFirst();
        if (c != null) {
            return c;
        }
        c = DriverManager.getConnection(url);
        if (!postgres()) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    private void release(Connection c, boolean reusable) {
        if (c == null) {
            return;
        }
        if (reusable && idle.size() < MAX_IDLE) {
            idle.addFirst(c);
            return;
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing a broken connection can fail too; it is gone either way.
        }
    }

    @Override
    public void close() {
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            closeQuietly(c);
        }
    }
}
