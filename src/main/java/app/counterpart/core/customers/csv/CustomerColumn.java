package app.counterpart.core.customers.csv;

import app.counterpart.core.common.CsvColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a customer CSV file, in the order the export writes them (the order of
 * sample-data/customers.csv). Each also answers to the Chinese heading a Chinese shop owner would type
 * and to a few obvious English variants.
 */
public enum CustomerColumn implements CsvColumn {
    PHONE("phone", true, "手机", "手机号", "手机号码", "电话", "mobile"),
    NAME("name", true, "姓名", "名字", "顾客姓名"),
    GENDER("gender", false, "性别", "sex"),
    BIRTHDAY("birthday", false, "生日", "出生日期", "birth_date"),
    TAGS("tags", false, "标签", "tag"),
    REFERRED_BY("referred_by", false, "推荐人", "推荐人手机", "referrer"),
    CONSENT("consent", false, "同意联系", "可联系", "may_contact"),
    JOINED("joined", false, "加入日期", "入会日期", "注册日期", "joined_on");

    private static final Map<String, CustomerColumn> BY_NAME = new HashMap<>();

    static {
        for (CustomerColumn c : values()) {
            BY_NAME.put(c.header, c);
            for (String alias : c.aliases) {
                BY_NAME.put(normalize(alias), c);
            }
        }
    }

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    CustomerColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The name the export writes, e.g. {@code referred_by}. */
    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }

    /** The other names this column answers to; the first is the Chinese heading. */
    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The column a heading means: case, surrounding space and "referred by" / "referred-by" do not matter. */
    public static CustomerColumn forHeading(String heading) {
        return BY_NAME.get(normalize(heading));
    }

    private static String normalize(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
