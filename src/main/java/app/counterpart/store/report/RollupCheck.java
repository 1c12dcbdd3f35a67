package app.counterpart.store.report;

import app.counterpart.store.Database;
import app.counterpart.store.report.RollupDefinitions.Definition;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/** Recomputes every rollup from the raw rows and names each row that differs; can rebuild them. */
public final class RollupCheck {

    /** A rollup row that is missing, extra, or holds other figures than the raw rows give. */
    public record Difference(String table, String key, String stored, String expected) {
        @Override
        public String toString() {
            return table + " " + key + ": stored " + stored + ", from raw rows " + expected;
        }
    }

    private final Database db;

    public RollupCheck(Database db) {
        this.db = db;
    }

    public List<Difference> verify() {
        return db.read(ctx -> {
            List<Difference> out = new ArrayList<>();
            for (Definition d : RollupDefinitions.ALL) {
                compare(ctx, d, out);
            }
            return out;
        });
    }

    /** Throws the rollups away and computes them again from the raw rows, in one transaction. */
    public void rebuild() {
        db.write(ctx -> {
            for (Definition d : RollupDefinitions.ALL) {
                ctx.execute("DELETE FROM " + d.table());
                ctx.execute("INSERT INTO " + d.table() + " (" + String.join(", ", d.columns()) + ") " + d.select());
            }
            return null;
        });
    }

    private static void compare(DSLContext ctx, Definition d, List<Difference> out) {
        String columns = String.join(", ", d.columns());
        // Rows only in the table (stored but not expected) and rows only in the raw computation.
        String stored = "SELECT " + columns + " FROM " + d.table();
        String expected = "SELECT * FROM (" + d.select() + ")";
        Result<Record> extra = ctx.fetch(stored + " EXCEPT " + expected);
        Result<Record> missing = ctx.fetch(expected + " EXCEPT " + stored);
        int keyCount = d.keys().size();
        java.util.Map<String, String> expectedByKey = new java.util.LinkedHashMap<>();
        for (Record r : missing) {
            expectedByKey.put(key(r, keyCount), values(r, keyCount));
        }
        for (Record r : extra) {
            String k = key(r, keyCount);
            String want = expectedByKey.remove(k);
            out.add(new Difference(d.table(), k, values(r, keyCount), want == null ? "no row" : want));
        }
        expectedByKey.forEach((k, v) -> out.add(new Difference(d.table(), k, "no row", v)));
    }

    private static String key(Record r, int keyCount) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < keyCount; i++) {
            s.append(i == 0 ? "" : "/").append(r.get(i));
        }
        return s.toString();
    }

    private static String values(Record r, int keyCount) {
        List<String> v = new ArrayList<>();
        for (int i = keyCount; i < r.size(); i++) {
            v.add(String.valueOf(r.get(i)));
        }
        return v.toString();
    }
}
