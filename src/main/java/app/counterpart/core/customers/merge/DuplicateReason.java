package app.counterpart.core.customers.merge;

/** Why two customer records look like one person, strongest first. */
public enum DuplicateReason {
    /**
     * Both records carry a phone number a second device gave them while offline: the number is unique on
     * each device, so the clash shows only when the records meet (the later one keeps it as held phone).
     */
    SAME_PHONE_FROM_ANOTHER_DEVICE,
    /** One number written two ways, e.g. with and without the country code or a leading zero. */
    SAME_PHONE_WRITTEN_DIFFERENTLY,
    /** One record's phone number stands in the other's name or tags (typed into the wrong field). */
    PHONE_IN_OTHER_RECORD,
    /** The same name (case, width and spaces aside) and the same birthday. */
    SAME_NAME_AND_BIRTHDAY;

    public String key() {
        return "customers.duplicates.reason." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
