package app.counterpart.store.customers;

import java.util.List;

/**
 * Every column that points at a customer and moves to the survivor when two customers are merged. A new
 * table with a customer column (care tasks, team assignments, ...) adds one line here: the merge then
 * moves its rows, counts them in the review and in the merge record, and the store test checks that
 * none are left pointing at the tombstone. The V9 triggers let append-only tables (sales, service notes,
 * store credit) change exactly this column, and only from a merged customer to its survivor.
 *
 * Not listed because the merge treats them itself: customer_tag (the tags are united), customer_stats
 * (recomputed for the survivor), customer_merge and customer_distinct (records of decisions).
 */
public final class CustomerReferences {

    /**
     * @param what the name the review and the merge record use for these rows; the screen shows the text
     *             under "customers.merge.moves.WHAT" and the table name where it has none
     */
    public record Reference(String table, String column, String what) {
    }

    public static final List<Reference> MOVED = List.of(
            new Reference("sale", "customer_id", "sales"),
            new Reference("service_note", "customer_id", "notes"),
            new Reference("store_credit", "customer_id", "credit_entries"),
            new Reference("customer", "referred_by", "referrals"),
            new Reference("cart_draft", "customer_id", "drafts"),
            new Reference("care_task", "customer_id", "care_tasks"));

    private CustomerReferences() {
    }
}
