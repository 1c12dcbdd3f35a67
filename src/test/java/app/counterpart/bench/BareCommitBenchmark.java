package app.counterpart.bench;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sqlite.SQLiteConfig;

/**
 * The floor under {@link SaleCommitBenchmark}: a sale row and four line rows in one transaction through
 * plain JDBC, with prepared statements kept open, on the same kind of store and with the writer's
 * pragmas (WAL, synchronous=FULL, foreign keys, BEGIN IMMEDIATE), and SQLite's own automatic
 * checkpoint. No payment, stock, rollups, outbox or audit: what is left is what SQLite needs to put a
 * sale and its lines on disk, indexes included. Scale 0 is a store with the schema and one product of
 * each kind only, 12 the 1,000,000-line demo store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class BareCommitBenchmark {

    @Param({"0", "12"})
    public double scale;

    private Path dir;
    private Connection connection;
    private PreparedStatement saleRow;
    private PreparedStatement lineRow;
    private IdGenerator ids;
    private String device;
    private String staff;
    private final List<String> products = new ArrayList<>();
    private long counter;

    @Setup(Level.Trial)
    public void openStore() throws Exception {
        dir = Files.createTempDirectory("counterpart-bare");
        if (scale == 0) {
            Database.open(dir).close();
        } else {
            CachedStores.copy(scale, dir).close();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        connection = config.createConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
        if (scale == 0) {
            seedOneOfEach();
        }
        try (Statement st = connection.createStatement()) {
            device = single(st, "select id from device limit 1");
            staff = single(st, "select id from staff limit 1");
            try (ResultSet rs = st.executeQuery("select id from product order by sku")) {
                while (rs.next()) {
                    products.add(rs.getString(1));
                }
            }
        }
        connection.setAutoCommit(false);
        saleRow = connection.prepareStatement("insert into sale (id, number, kind, device_id, cashier_id,"
                + " served_by_id, created_at, business_day, hour, currency, subtotal_minor, discount_minor,"
                + " tax_minor, total_minor, cost_minor, item_count) values (?, ?, 'sale', ?, ?, ?, ?, ?, ?, 'CNY',"
                + " 4000, 0, 226, 4000, 1600, 4)");
        lineRow = connection.prepareStatement("insert into sale_line (id, sale_id, line_no, product_id, quantity,"
                + " unit_price_minor, discount_minor, tax_minor, total_minor, cost_minor)"
                + " values (?, ?, ?, ?, 1, 1000, 0, 57, 1000, 400)");
        ids = IdGenerator.secure(Clock.systemUTC());
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void seedOneOfEach() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("insert into shop (id, name, currency, zone, created_at)"
                    + " values ('shop', 'Bench', 'CNY', 'Asia/Shanghai', 0)");
            st.executeUpdate("insert into device (id, shop_id, code, name, is_local, created_at)"
                    + " values ('device', 'shop', 'T1', 'Till', 1, 0)");
            st.executeUpdate("insert into staff (id, code, name, role, kind, pin_hash, created_at, updated_at)"
                    + " values ('staff', 'S1', 'Cashier', 'cashier', 'employee', 'x', 0, 0)");
            st.executeUpdate("insert into category (id, code, name, created_at, updated_at)"
                    + " values ('category', 'C', 'Things', 0, 0)");
            for (int i = 0; i < 4; i++) {
                st.executeUpdate("insert into product (id, sku, category_id, name, price_minor, created_at,"
                        + " updated_at) values ('p" + i + "', 'P" + i + "', 'category', 'Thing " + i + "', 1000, 0, 0)");
            }
        }
    }

    @TearDown(Level.Trial)
    public void removeStore() throws Exception {
        connection.rollback();
        connection.close();
        BenchStores.delete(dir);
    }

    @Benchmark
    public void commitSaleAndFourLines() throws SQLException {
        Instant at = Instant.now();
        String saleId = ids.next(at);
        saleRow.setString(1, saleId);
        saleRow.setString(2, "BARE-" + (++counter) + "-" + at.toEpochMilli());
        saleRow.setString(3, device);
        saleRow.setString(4, staff);
        saleRow.setString(5, staff);
        saleRow.setLong(6, at.toEpochMilli());
        saleRow.setString(7, "2026-11-28");
        saleRow.setInt(8, 12);
        saleRow.executeUpdate();
        for (int i = 0; i < 4; i++) {
            lineRow.setString(1, ids.next(at));
            lineRow.setString(2, saleId);
            lineRow.setInt(3, i + 1);
            lineRow.setString(4, products.get((int) ((counter * 7 + i * 13) % products.size())));
            lineRow.executeUpdate();
        }
        connection.commit();
    }
}
