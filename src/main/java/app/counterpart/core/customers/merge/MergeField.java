package app.counterpart.core.customers.merge;

/** The fields of a customer the owner chooses between when merging two records; tags are united. */
public enum MergeField {
    NAME, PHONE, GENDER, BIRTHDAY, CONSENT, REFERRED_BY;

    public String key() {
        return "customers.merge.field." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
