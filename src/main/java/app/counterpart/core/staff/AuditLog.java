package app.counterpart.core.staff;

import java.time.Instant;
import java.util.List;

/** Reading the audit log: newest first, a page at a time, filtered by person, action and time. */
public interface AuditLog {

    /** One audit row; {@code staffId} is null for an action nobody signed in did. */
    record Entry(String id, Instant at, String staffId, String action, String entity, String entityId,
            String detail) {
    }

    /**
     * What to show; a null field does not filter.
     *
     * @param to exclusive
     */
    record Filter(String staffId, String action, Instant from, Instant to) {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /**
     * Up to {@code limit} entries older than {@code after} (null: from the newest), newest first. Keyset
     * paging by (at, id), so a page deep in a large log costs as little as the first.
     */
    List<Entry> page(Filter filter, Entry after, int limit);

    /** The action codes present in the log, sorted, for the action filter. */
    List<String> actions();
}
