package app.counterpart.core.customers.merge;

import app.counterpart.core.customers.Customer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Two records side by side before a merge, with what each holds. {@link #result} works out the surviving
 * record from a choice per field; the store writes exactly that.
 *
 * @param keep the record that survives, with its id
 * @param merge the record that becomes a tombstone pointing at {@code keep}
 * @param referrerNames the names of the customers either record was referred by, by id
 */
public record MergePreview(Customer keep, Customer merge, RecordHistory keepHas, RecordHistory mergeHas,
        Map<String, String> referrerNames) {

    public MergePreview {
        referrerNames = Map.copyOf(referrerNames);
    }

    /** Which record's value a field takes. */
    public enum Side { KEEP, MERGE }

    /** The same two records with the other one surviving. */
    public MergePreview swapped() {
        return new MergePreview(merge, keep, mergeHas, keepHas, referrerNames);
    }

    /**
     * A reasonable first choice per field: the kept record's value unless it is empty and the other's is
     * not; for consent, "no" wins when they differ, since contacting someone who said no is worse than
     * not contacting someone who said yes.
     */
    public Map<MergeField, Side> defaultChoices() {
        Map<MergeField, Side> c = new EnumMap<>(MergeField.class);
        c.put(MergeField.NAME, Side.KEEP);
        c.put(MergeField.PHONE, keep.phone() == null && merge.phone() != null ? Side.MERGE : Side.KEEP);
        c.put(MergeField.GENDER, keep.gender() == null && merge.gender() != null ? Side.MERGE : Side.KEEP);
        c.put(MergeField.BIRTHDAY, keep.birthday() == null && merge.birthday() != null ? Side.MERGE : Side.KEEP);
        c.put(MergeField.CONSENT, keep.consent() && !merge.consent() ? Side.MERGE : Side.KEEP);
        c.put(MergeField.REFERRED_BY, usableReferrer(keep.referredBy()) == null
                && usableReferrer(merge.referredBy()) != null ? Side.MERGE : Side.KEEP);
        return c;
    }

    /** The value a field shows for one side, for the review: the record's own value, unformatted. */
    public Object value(MergeField field, Side side) {
        Customer c = side == Side.KEEP ? keep : merge;
        return switch (field) {
            case NAME -> c.name();
            case PHONE -> c.phone();
            case GENDER -> c.gender();
            case BIRTHDAY -> c.birthday();
            case CONSENT -> c.consent();
            case REFERRED_BY -> c.referredBy();
        };
    }

    /** Whether the two records hold different values for a field (so the choice matters). */
    public boolean differs(MergeField field) {
        return !Objects.equals(value(field, Side.KEEP), value(field, Side.MERGE));
    }

    /**
     * The surviving record: the kept id, each field from the chosen side, the tags of both, and the
     * earlier of the two joining days. A referrer that is one of the two records is dropped (nobody
     * refers themselves).
     */
    public Customer result(Map<MergeField, Side> choices) {
        Customer name = pick(choices, MergeField.NAME);
        Customer phone = pick(choices, MergeField.PHONE);
        Customer gender = pick(choices, MergeField.GENDER);
        Customer birthday = pick(choices, MergeField.BIRTHDAY);
        Customer consent = pick(choices, MergeField.CONSENT);
        Customer referred = pick(choices, MergeField.REFERRED_BY);
        TreeSet<String> tags = new TreeSet<>(keep.tags());
        tags.addAll(merge.tags());
        return new Customer(keep.id(), phone.phone(), name.name(), gender.gender(), birthday.birthday(), tags,
                usableReferrer(referred.referredBy()), consent.consent(),
                keep.joinedOn().isAfter(merge.joinedOn()) ? merge.joinedOn() : keep.joinedOn());
    }

    private Customer pick(Map<MergeField, Side> choices, MergeField field) {
        return choices.getOrDefault(field, Side.KEEP) == Side.MERGE ? merge : keep;
    }

    private String usableReferrer(String referrer) {
        return referrer == null || referrer.equals(keep.id()) || referrer.equals(merge.id()) ? null : referrer;
    }
}
