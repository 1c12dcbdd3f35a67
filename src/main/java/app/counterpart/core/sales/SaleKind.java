package app.counterpart.core.sales;

/** A refund or a void is a new sale row that references the original; nothing is edited in place. */
public enum SaleKind {
    SALE, REFUND, VOID;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SaleKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
