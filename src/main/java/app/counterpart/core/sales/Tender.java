package app.counterpart.core.sales;

public enum Tender {
    CASH, CARD, WECHAT, ALIPAY, STORE_CREDIT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Tender fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
