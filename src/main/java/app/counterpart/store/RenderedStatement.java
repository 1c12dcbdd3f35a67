package app.counterpart.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A write statement that jOOQ renders once, from the generated tables, and that then runs with plain
 * JDBC binds. Meant for the statements of a sale commit, which run with the same text all day: jOOQ
 * building, rendering and binding them anew took longer than SQLite's work to run them. On the writer
 * the prepared statement itself comes from {@link CachingConnection}, so it is compiled once as well.
 * Its bind values are given in the order of the rendered {@code ?} markers.
 */
public final class RenderedStatement {

    private final String sql;
    private final int parameters;

    public RenderedStatement(Query query) {
        this.sql = DSL.using(SQLDialect.SQLITE, Database.SETTINGS).render(query);
        this.parameters = query.getBindValues().size();
    }

    /** {@code INSERT INTO table (columns) VALUES (?, ...)}, one value per column. */
    public static RenderedStatement insertInto(Table<?> table, Field<?>... columns) {
        List<Param<?>> values = new ArrayList<>(columns.length);
        for (Field<?> column : columns) {
            values.add(DSL.param(column));
        }
        return new RenderedStatement(DSL.insertInto(table).columns(columns).values(values));
    }

    public String sql() {
        return sql;
    }

    /** Runs the statement once with these values, in the caller's transaction; returns the row count. */
    public int execute(DSLContext ctx, Object... values) {
        return ctx.connectionResult(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                setValues(st, values);
                return st.executeUpdate();
            }
        });
    }

    /** Rows for one batched run of the statement. */
    public Batch batch(DSLContext ctx) {
        return new Batch(ctx);
    }

    private void setValues(PreparedStatement st, Object[] values) throws SQLException {
        if (values.length != parameters) {
            throw new IllegalArgumentException(values.length + " values for " + parameters + " parameters: " + sql);
        }
        for (int i = 0; i < values.length; i++) {
            st.setObject(i + 1, values[i]);
        }
    }

    /** Collects bind values row by row and runs them as one JDBC batch. */
    public final class Batch {

        private final DSLContext ctx;
        private final List<Object[]> rows = new ArrayList<>();

        private Batch(DSLContext ctx) {
            this.ctx = ctx;
        }

        public Batch bind(Object... values) {
            if (values.length != parameters) {
                throw new IllegalArgumentException(values.length + " values for " + parameters + " parameters: " + sql);
            }
            rows.add(values);
            return this;
        }

        public int size() {
            return rows.size();
        }

        /** Runs every row bound so far; nothing when there is none. */
        public void execute() {
            if (rows.isEmpty()) {
                return;
            }
            ctx.connection(c -> {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    for (Object[] row : rows) {
                        setValues(st, row);
                        st.addBatch();
                    }
                    st.executeBatch();
                }
            });
            rows.clear();
        }
    }
}
