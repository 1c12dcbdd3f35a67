package app.counterpart.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.tools.jdbc.DefaultConnection;
import org.jooq.tools.jdbc.DefaultPreparedStatement;

/**
 * The writer's connection, keeping its prepared statements for the next use. SQLite compiles a
 * statement, and every trigger it fires, when it is prepared; a sale commit runs the same dozen
 * statements each time, and compiling them again was a fifth of its time. jOOQ closes each statement
 * after use: here close resets it and puts it back, so the next prepare of the same SQL text reuses it.
 *
 * <p>Only the writer uses this, and only under Database's write lock, so it needs no locking of its
 * own. A statement prepared again while its first use is still open (a nested query) gets a fresh one;
 * whichever comes back second is really closed.
 */
final class CachingConnection extends DefaultConnection {

    /** More than the writer's distinct statements; SQL with literals in it would otherwise pile up. */
    static final int CAPACITY = 128;

    /** Statements at rest, least recently returned first. */
    private final Map<String, ReusedStatement> idle = new LinkedHashMap<>();

    CachingConnection(Connection delegate) {
        super(delegate);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        ReusedStatement statement = idle.remove(sql);
        if (statement == null) {
            return new ReusedStatement(getDelegate().prepareStatement(sql), sql);
        }
        statement.inUse = true;
        return statement;
    }

    /** How many prepared statements are kept at rest (for tests). */
    int idleStatements() {
        return idle.size();
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (ReusedStatement statement : idle.values()) {
            try {
                statement.getDelegate().close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        idle.clear();
        getDelegate().close();
        if (failure != null) {
            throw failure;
        }
    }

    private void giveBack(ReusedStatement statement) throws SQLException {
        if (getDelegate().isClosed() || idle.putIfAbsent(statement.sql, statement) != null) {
            statement.getDelegate().close();
            return;
        }
        if (idle.size() > CAPACITY) {
            Iterator<ReusedStatement> eldest = idle.values().iterator();
            PreparedStatement evicted = eldest.next().getDelegate();
            eldest.remove();
            evicted.close();
        }
    }

    /** A prepared statement whose close puts it back for reuse. */
    private final class ReusedStatement extends DefaultPreparedStatement {

        private final String sql;
        private boolean inUse = true;
        /** The rows of the current use, closed on give-back: an open one would keep a read snapshot. */
        private ResultSet rows;

        ReusedStatement(PreparedStatement delegate, String sql) {
            super(delegate);
            this.sql = sql;
        }

        @Override
        public ResultSet executeQuery() throws SQLException {
            rows = super.executeQuery();
            return rows;
        }

        @Override
        public ResultSet getResultSet() throws SQLException {
            rows = super.getResultSet();
            return rows;
        }

        @Override
        public boolean isClosed() {
            return !inUse;
        }

        @Override
        public void close() throws SQLException {
            if (!inUse) {
                return;
            }
            inUse = false;
            PreparedStatement delegate = getDelegate();
            try {
                if (rows != null && !rows.isClosed()) {
                    rows.close();
                }
                rows = null;
                // The next use must not see this one's values.
                delegate.clearParameters();
                delegate.clearBatch();
            } catch (SQLException e) {
                delegate.close();
                throw e;
            }
            giveBack(this);
        }
    }
}
