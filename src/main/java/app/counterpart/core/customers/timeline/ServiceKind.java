package app.counterpart.core.customers.timeline;

import java.util.Locale;

/** What kind of contact a timeline entry records. */
public enum ServiceKind {
    NOTE, CALL, VISIT, FOLLOW_UP, COMPLAINT;

    /** The name stored in the database: {@code follow_up}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ServiceKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The resource-bundle key of the kind's name. */
    public String textKey() {
        return "timeline.kind." + code();
    }
}
