package app.counterpart.hq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Head office's own small migration runner: numbered SQL files under {@code /hq/}, written in the SQL both
 * databases accept, each applied once in its own transaction and recorded in {@code hq_schema_version}. (Flyway's PostgreSQL support is a module of its own the build does not have.)
 */
final class Migrations {

    /** Every migration in order; version N is the N-th name. */
    static final List<String> ALL = List.of("V1__head_office.sql");

    private Migrations() {
    }

    static void migrate(HqStore store) {
        store.write(ctx -> ctx.execute("CREATE TABLE IF NOT EXISTS hq_schema_version ("
                + " version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        for (int i = 0; i < ALL.size(); i++) {
            int version = i + 1;
            String name = ALL.get(i);
            store.write(ctx -> {
                if (ctx.fetchOne("SELECT version FROM hq_schema_version WHERE version = ?", version) != null) {
                    return null;
                }
                for (String statement : statements(forDatabase(read(name), store.database()))) {
                    ctx.execute(statement);
                }
                ctx.execute("INSERT INTO hq_schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                        version, name, System.currentTimeMillis());
                return null;
            });
        }
    }

    /** The one spelling the two databases do not share: an autoincrementing primary key. */
    static String forDatabase(String sql, String database) {
        return sql.replace("${serial_key}", database.equals("postgresql") ? "BIGSERIAL PRIMARY KEY"
                : "INTEGER PRIMARY KEY AUTOINCREMENT");
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream("/hq/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration /hq/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a file: comment lines left out, split at the semicolons that end lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
