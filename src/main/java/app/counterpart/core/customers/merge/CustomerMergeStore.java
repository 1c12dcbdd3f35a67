package app.counterpart.core.customers.merge;

import app.counterpart.core.customers.Customer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where duplicates are looked for and merges are written: the store implements it. */
public interface CustomerMergeStore {

    /** The live customers, the phone numbers some of them hold back, and the pairs marked as two people. */
    record Candidates(List<Customer> customers, Map<String, String> heldPhones, Set<String> distinctPairs) {
    }

    Candidates candidates();

    /**
     * Both records as they are now, with what hangs off each.
     *
     * @throws MergeException NOT_FOUND, SAME_CUSTOMER or ALREADY_MERGED
     */
    MergePreview preview(String keepId, String mergeId);

    /**
     * In one transaction: makes {@code mergeId} a tombstone pointing at {@code result}'s id, saves
     * {@code result} as the surviving record, moves every row that points at the merged record to it,
     * recomputes the survivor's visit figures and the new-customer count, and writes the merge record,
     * an outbox row and an audit entry. Checks again, inside the transaction, that neither record was
     * merged meanwhile and that the referrals stay free of circles.
     *
     * @param byStaffId who merged (may be null when nobody signed in and the owner approved)
     * @param approvedById the owner whose PIN approved it, or null when the owner merged themselves
     * @return what moved from the merged record to the survivor
     */
    RecordHistory merge(Customer result, String mergeId, String byStaffId, String approvedById);

    /** Records that two customers are different people, so the pair is not suggested again. */
    void markDistinct(String firstId, String secondId, String staffId);
}
