package app.counterpart.core.customers.merge;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import java.util.List;
import java.util.Map;

/**
 * Duplicates and their merge: find candidate pairs, preview a pair side by side, merge it with a choice
 * per field. Only the owner merges, or someone else with the owner's approval. Every call reads or
 * writes the store, so a screen calls it off the FX thread.
 */
public final class CustomerMerges {

    private final CustomerMergeStore store;
    private final DuplicateFinder finder;

    public CustomerMerges(CustomerMergeStore store, PhoneKey phoneKey) {
        this.store = store;
        this.finder = new DuplicateFinder(phoneKey);
    }

    public List<DuplicatePair> duplicates() {
        CustomerMergeStore.Candidates c = store.candidates();
        return finder.find(c.customers(), c.heldPhones(), c.distinctPairs());
    }

    public MergePreview preview(String keepId, String mergeId) {
        if (keepId.equals(mergeId)) {
            throw new MergeException(MergeException.Problem.SAME_CUSTOMER);
        }
        return store.preview(keepId, mergeId);
    }

    /**
     * Merges the preview's second record into its first with the chosen fields.
     *
     * @param by who is at the screen, or null when nobody signed in
     * @param approver the owner who approved with their PIN; null when {@code by} is the owner
     * @throws MergeException when neither is the owner, or the records changed in a way that refuses it
     */
    public RecordHistory merge(MergePreview preview, Map<MergeField, MergePreview.Side> choices, Staff by,
            Staff approver) {
        boolean ownerAgreed = (by != null && by.role() == Role.OWNER)
                || (approver != null && approver.role() == Role.OWNER);
        if (!ownerAgreed) {
            throw new MergeException(MergeException.Problem.OWNER_REQUIRED);
        }
        if (preview.keep().id().equals(preview.merge().id())) {
            throw new MergeException(MergeException.Problem.SAME_CUSTOMER);
        }
        Customer result = preview.result(choices);
        return store.merge(result, preview.merge().id(), by == null ? null : by.id(),
                approver == null || (by != null && approver.id().equals(by.id())) ? null : approver.id());
    }

    public void markDistinct(DuplicatePair pair, Staff by) {
        store.markDistinct(pair.keep().id(), pair.merge().id(), by == null ? null : by.id());
    }
}
