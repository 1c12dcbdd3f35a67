package app.counterpart.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fresh, empty PostgreSQL databases on the local server for head-office tests. The server's URL is
 * COUNTERPART_PG_URL, else the local one .ci/run starts. Databases made here are dropped when the
 * test JVM ends.
 */
public final class Postgres {

    private static final String DEFAULT_URL =
            "jdbc:postgresql://localhost:5432/postgres?user=counterpart&password=counterpart";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final List<String> CREATED = new ArrayList<>();

    private Postgres() {
    }

    /** Creates a new empty database {@code hq_test_<random>} and returns its JDBC URL. */
    public static synchronized String freshDatabaseUrl() {
        String base = baseUrl();
        Matcher m = URL.matcher(base);
        if (!m.matches()) {
            throw new IllegalStateException("COUNTERPART_PG_URL must look like " + DEFAULT_URL + ", not " + base);
        }
        String name = "hq_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + base + " (" + e.getMessage()
                    + "). Start it and create the test role, as .ci/run does: pg_ctlcluster 15 main start; "
                    + "su postgres -c \"psql -c \\\"CREATE ROLE counterpart LOGIN SUPERUSER PASSWORD 'counterpart'\\\"\"; "
                    + "or point COUNTERPART_PG_URL at another server.", e);
        }
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(Postgres::dropAll, "drop-test-databases"));
        }
        CREATED.add(name);
        return m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
    }

    private static String baseUrl() {
        String env = System.getenv("COUNTERPART_PG_URL");
        return env == null || env.isBlank() ? DEFAULT_URL : env.strip();
    }

    private static synchronized void dropAll() {
        try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            // Leftover test databases are harmless; the next run makes new ones.
        }
    }
}
