package app.counterpart.core.customers.merge;

import java.util.Map;

/**
 * What hangs off one customer record and would move in a merge.
 *
 * @param references rows pointing at the record, by the name of what they are ("sales", "notes",
 *                   "referrals", "drafts", and whatever later tables register), in a stable order
 * @param creditMinor the store credit balance (the sum of the record's ledger entries)
 */
public record RecordHistory(Map<String, Long> references, long creditMinor) {

    public RecordHistory {
        references = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(references));
    }

    public long count(String what) {
        return references.getOrDefault(what, 0L);
    }
}
