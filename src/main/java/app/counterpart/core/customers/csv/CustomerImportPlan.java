package app.counterpart.core.customers.csv;

import app.counterpart.core.common.ImportProblem;
import app.counterpart.core.customers.Customer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What importing a customer file would do, worked out without writing anything: shown as a report,
 * then applied as it is (see {@link CustomerImporter#apply}). Every data row of the file ends up in
 * exactly one of creates, updates, unchanged or the rejected rows named by {@code problems}.
 *
 * @param source a name for the file, e.g. its file name, for messages and the audit log
 * @param encoding "UTF-8" or "GBK"
 * @param rowsRead data rows in the file (blank rows not counted)
 * @param creates good rows with a phone number the shop does not know, in file order
 * @param updates good rows whose phone number belongs to a customer and whose values differ, in file order
 * @param unchanged good rows equal to what the store already holds
 * @param problems why rows were rejected, by line; a row can have several
 * @param warnings things worth knowing that reject nothing, e.g. an unknown column
 */
public record CustomerImportPlan(
        String source,
        String encoding,
        int rowsRead,
        List<PlannedCustomer> creates,
        List<PlannedCustomer> updates,
        int unchanged,
        List<ImportProblem> problems,
        List<ImportProblem> warnings) {

    public CustomerImportPlan {
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Rows with at least one problem: none of them is imported. */
    public int rejectedRows() {
        return (int) problems.stream().mapToInt(ImportProblem::line).distinct().count();
    }

    /** Whether applying the plan would write anything. */
    public boolean hasChanges() {
        return !creates.isEmpty() || !updates.isEmpty();
    }

    /**
     * The new customers in an order the store can insert them in: whoever referred a new customer comes
     * before them, since the store checks that a referrer exists.
     */
    public List<Customer> newCustomersReferrersFirst() {
        Map<String, Customer> created = new HashMap<>();
        creates.forEach(p -> created.put(p.after().id(), p.after()));
        List<Customer> ordered = new ArrayList<>(creates.size());
        Set<String> placed = new HashSet<>();
        for (PlannedCustomer p : creates) {
            place(p.after(), created, placed, ordered);
        }
        return ordered;
    }

    /** Places the customer's new referrers, then the customer; the plan holds no referral circles. */
    private static void place(Customer c, Map<String, Customer> created, Set<String> placed, List<Customer> ordered) {
        List<Customer> chain = new ArrayList<>();
        for (Customer at = c; at != null && !placed.contains(at.id()); at = created.get(at.referredBy())) {
            chain.add(at);
            placed.add(at.id());
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            ordered.add(chain.get(i));
        }
    }

    /** The customers whose records change. */
    public List<Customer> updatedCustomers() {
        return updates.stream().map(PlannedCustomer::after).toList();
    }
}
