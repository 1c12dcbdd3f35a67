package app.counterpart.store.customers;

import static app.counterpart.store.jooq.Tables.CUSTOMER_SEGMENT;

import app.counterpart.core.common.BusinessCalendar;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.segments.CustomerFigures;
import app.counterpart.core.customers.segments.CustomerSegment;
import app.counterpart.core.customers.segments.CustomerStanding;
import app.counterpart.core.customers.segments.RfmSegment;
import app.counterpart.core.customers.segments.SegmentRepository;
import app.counterpart.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code customer_segment} over plain JDBC: a recomputation reads and compares 100,000 rows, where
 * jOOQ's records would cost more than SQLite's work. Only changed rows are written, a few thousand per
 * transaction, so the till's sale commits slip in between. The recomputation is the table's only
 * writer, so what it stored last is kept in memory and compared against instead of reading the table
 * again (read again if the table's row count says someone else changed it).
 */
public final class JooqSegmentRepository implements SegmentRepository {

    /** Rows per write transaction: a few milliseconds of holding the writer. */
    static final int CHUNK = 2_000;

    private static final String UPSERT = "INSERT INTO customer_segment (customer_id, r, f, m, segment, stage, computed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET r = excluded.r, f = excluded.f,"
            + " m = excluded.m, segment = excluded.segment, stage = excluded.stage, computed_at = excluded.computed_at";

    private final Database db;
    /** What the last {@link #store} left in the table, or null before the first. */
    private Map<String, CustomerSegment> stored;

    public JooqSegmentRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<CustomerFigures> figures(BusinessCalendar calendar) {
        return db.read(ctx -> ctx.connectionResult(c -> {
            List<CustomerFigures> figures = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT c.id, c.joined_on, s.first_sale_day,"
                    + " s.last_sale_at, s.visits, s.revenue_minor FROM customer c"
                    + " LEFT JOIN customer_stats s ON s.customer_id = c.id WHERE c.merged_into IS NULL");
                    ResultSet rs = st.executeQuery()) {
                // Many customers share a day: parse each text once.
                Map<String, LocalDate> days = new HashMap<>();
                while (rs.next()) {
                    String first = rs.getString(3);
                    long lastAt = rs.getLong(4);
                    boolean hasLast = !rs.wasNull();
                    figures.add(new CustomerFigures(rs.getString(1), days.computeIfAbsent(rs.getString(2), LocalDate::parse),
                            first == null ? null : days.computeIfAbsent(first, LocalDate::parse),
                            hasLast ? calendar.businessDay(Instant.ofEpochMilli(lastAt)) : null,
                            rs.getInt(5), rs.getLong(6)));
                }
            }
            return figures;
        }));
    }

    @Override
    public synchronized int store(List<CustomerSegment> segments, Instant computedAt) {
        Map<String, CustomerSegment> stored = this.stored;
        if (stored == null || stored.size() != db.read(ctx -> ctx.fetchCount(CUSTOMER_SEGMENT))) {
            stored = segments();
        }
        // Forgotten until this run is written, so a failure half-way makes the next run read the table.
        this.stored = null;
        List<CustomerSegment> changed = new ArrayList<>();
        Set<String> present = new HashSet<>(segments.size() * 2);
        for (CustomerSegment s : segments) {
            present.add(s.customerId());
            if (!s.equals(stored.get(s.customerId()))) {
                changed.add(s);
            }
        }
        List<String> gone = stored.keySet().stream().filter(id -> !present.contains(id)).toList();
        long at = computedAt.toEpochMilli();
        for (int from = 0; from < changed.size(); from += CHUNK) {
            List<CustomerSegment> chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
            db.write(ctx -> ctx.connectionResult(c -> {
                try (PreparedStatement st = c.prepareStatement(UPSERT)) {
                    for (CustomerSegment s : chunk) {
                        st.setString(1, s.customerId());
                        if (s.scored()) {
                            st.setInt(2, s.r());
                            st.setInt(3, s.f());
                            st.setInt(4, s.m());
                            st.setString(5, s.segment().code());
                        } else {
                            st.setNull(2, Types.INTEGER);
                            st.setNull(3, Types.INTEGER);
                            st.setNull(4, Types.INTEGER);
                            st.setNull(5, Types.VARCHAR);
                        }
                        st.setString(6, s.stage().code());
                        st.setLong(7, at);
                        st.addBatch();
                    }
                    st.executeBatch();
                }
                return null;
            }));
        }
        for (int from = 0; from < gone.size(); from += CHUNK) {
            List<String> chunk = gone.subList(from, Math.min(gone.size(), from + CHUNK));
            db.write(ctx -> ctx.connectionResult(c -> {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM customer_segment WHERE customer_id = ?")) {
                    for (String id : chunk) {
                        st.setString(1, id);
                        st.addBatch();
                    }
                    st.executeBatch();
                }
                return null;
            }));
        }
        Map<String, CustomerSegment> now = new HashMap<>(segments.size() * 2);
        segments.forEach(s -> now.put(s.customerId(), s));
        this.stored = now;
        return changed.size() + gone.size();
    }

    @Override
    public Map<String, CustomerSegment> segments() {
        return db.read(ctx -> ctx.connectionResult(c -> {
            Map<String, CustomerSegment> segments = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT customer_id, r, f, m, segment, stage FROM customer_segment");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String segment = rs.getString(5);
                    segments.put(rs.getString(1), new CustomerSegment(rs.getString(1), rs.getInt(2), rs.getInt(3),
                            rs.getInt(4), segment == null ? null : RfmSegment.ofCode(segment),
                            LifecycleStage.ofCode(rs.getString(6))));
                }
            }
            return segments;
        }));
    }

    @Override
    public Map<String, CustomerStanding> standings() {
        return db.read(ctx -> ctx.connectionResult(c -> {
            Map<String, CustomerStanding> standings = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT c.id, g.stage, g.segment, s.revenue_minor,"
                    + " s.last_sale_at FROM customer c LEFT JOIN customer_segment g ON g.customer_id = c.id"
                    + " LEFT JOIN customer_stats s ON s.customer_id = c.id");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String stage = rs.getString(2);
                    String segment = rs.getString(3);
                    long lastAt = rs.getLong(5);
                    boolean hasLast = !rs.wasNull();
                    standings.put(rs.getString(1), new CustomerStanding(rs.getString(1),
                            stage == null ? null : LifecycleStage.ofCode(stage),
                            segment == null ? null : RfmSegment.ofCode(segment), rs.getLong(4),
                            hasLast ? Instant.ofEpochMilli(lastAt) : null));
                }
            }
            return standings;
        }));
    }
}
