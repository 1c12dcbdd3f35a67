package app.counterpart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.tools.jdbc.DefaultPreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingConnectionTest {

    private static final String INSERT = "insert into t (k, v) values (?, ?)";

    @TempDir
    Path dir;
    CachingConnection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = new CachingConnection(DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db")));
        try (var st = connection.createStatement()) {
            st.execute("create table t (k text primary key, v text not null)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static PreparedStatement underlying(PreparedStatement st) throws SQLException {
        return ((DefaultPreparedStatement) st).getDelegate();
    }

    private int rows() throws SQLException {
        try (var st = connection.createStatement(); ResultSet rs = st.executeQuery("select count(*) from t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void theSameSqlIsPreparedOnceAndReused() throws SQLException {
        PreparedStatement first = connection.prepareStatement(INSERT);
        PreparedStatement compiled = underlying(first);
        first.setString(1, "a");
        first.setString(2, "1");
        first.executeUpdate();
        first.close();
        assertTrue(first.isClosed());

        PreparedStatement second = connection.prepareStatement(INSERT);
        assertSame(compiled, underlying(second));
        assertFalse(second.isClosed());
        second.setString(1, "b");
        second.setString(2, "2");
        second.executeUpdate();
        second.close();
        assertEquals(2, rows());
        assertEquals(1, connection.idleStatements());
    }

    @Test
    void aReusedStatementDoesNotKeepTheLastUsesValues() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(INSERT)) {
            st.setString(1, "a");
            st.setString(2, "1");
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement(INSERT)) {
            st.setString(1, "b");
            // v left unbound: NULL, which the table refuses, rather than the "1" of the last use.
            assertThrows(SQLException.class, st::executeUpdate);
        }
        try (PreparedStatement st = connection.prepareStatement(INSERT)) {
            st.setString(1, "c");
            st.setString(2, "3");
            st.addBatch();
            st.close();
        }
        try (PreparedStatement st = connection.prepareStatement(INSERT)) {
            // The batch of the use before, never executed, is gone.
            assertEquals(0, st.executeBatch().length);
        }
        assertEquals(1, rows());
    }

    @Test
    void aStatementPreparedAgainWhileInUseIsASeparateOne() throws SQLException {
        PreparedStatement outer = connection.prepareStatement("select k from t");
        PreparedStatement inner = connection.prepareStatement("select k from t");
        assertNotSame(underlying(outer), underlying(inner));
        inner.close();
        outer.close();
        assertEquals(1, connection.idleStatements());
    }

    @Test
    void givingAStatementBackClosesTheRowsItLeftOpen() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(INSERT)) {
            for (String k : new String[] {"a", "b", "c"}) {
                st.setString(1, k);
                st.setString(2, k);
                st.addBatch();
            }
            st.executeBatch();
        }
        PreparedStatement query = connection.prepareStatement("select k from t order by k");
        ResultSet rs = query.executeQuery();
        assertTrue(rs.next());
        query.close();
        // An open cursor would hold a read snapshot on the writer and keep checkpoints from finishing.
        assertTrue(rs.isClosed());
        try (PreparedStatement again = connection.prepareStatement("select k from t order by k");
                ResultSet all = again.executeQuery()) {
            int n = 0;
            while (all.next()) {
                n++;
            }
            assertEquals(3, n);
        }
    }

    @Test
    void theCacheKeepsAtMostItsCapacity() throws SQLException {
        for (int i = 0; i < CachingConnection.CAPACITY + 20; i++) {
            connection.prepareStatement("select " + i + " from t").close();
        }
        assertEquals(CachingConnection.CAPACITY, connection.idleStatements());
    }

    @Test
    void closingTheConnectionClosesTheStatementsAtRest() throws SQLException {
        PreparedStatement st = connection.prepareStatement(INSERT);
        PreparedStatement compiled = underlying(st);
        st.close();
        connection.close();
        assertTrue(compiled.isClosed());
        connection = new CachingConnection(DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db")));
    }

    @Test
    void aDatabaseWriteReusesItsStatements() {
        try (Database db = Database.open(dir.resolve("store"))) {
            CachingConnection writer = db.writer();
            db.write(ctx -> ctx.execute("insert into setting(key, value) values (?, ?)", "a", "1"));
            int afterFirst = writer.idleStatements();
            db.write(ctx -> ctx.execute("insert into setting(key, value) values (?, ?)", "b", "2"));
            assertEquals(afterFirst, writer.idleStatements());
            assertEquals(2, (int) db.read(ctx -> ctx.fetchCount(ctx.selectFrom("setting"))));
        }
    }

    @Test
    void aFreshConnectionSeesWhatTheCachedStatementsWrote() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(INSERT)) {
            st.setString(1, "a");
            st.setString(2, "1");
            st.executeUpdate();
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
                var st = other.createStatement();
                ResultSet rs = st.executeQuery("select v from t where k = 'a'")) {
            assertTrue(rs.next());
            assertEquals("1", rs.getString(1));
        }
    }
}
