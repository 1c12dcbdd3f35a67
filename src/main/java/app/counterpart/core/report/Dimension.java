package app.counterpart.core.report;

import java.util.Locale;

/** What a sales report is broken down by. */
public enum Dimension {
    DAY, HOUR, CATEGORY, PRODUCT, STAFF, TENDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dimension fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
