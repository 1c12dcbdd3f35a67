package app.counterpart.core.catalog.csv;

import app.counterpart.core.common.CsvColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a product CSV file, in the order the export writes them (the order of
 * sample-data/products.csv). Each also answers to the Chinese heading a Chinese shop owner would type
 * and to a few obvious English variants.
 */
public enum ProductColumn implements CsvColumn {
    SKU("sku", true, "货号"),
    BARCODES("barcodes", false, "条码", "条形码", "barcode"),
    CATEGORY("category", true, "分类", "类别"),
    NAME_EN("name_en", true, "名称", "英文名", "英文名称", "name"),
    NAME_ZH("name_zh", false, "中文名", "中文名称", "商品名称"),
    UNIT("unit", false, "单位"),
    PRICE("price", true, "售价", "价格"),
    COST("cost", false, "成本", "进价"),
    TAX_RATE("tax_rate", false, "税率"),
    ACTIVE("active", false, "在售", "启用"),
    COLOR("color", false, "颜色", "colour"),
    LOW_STOCK("low_stock", false, "库存预警", "低库存"),
    TRACK_STOCK("track_stock", false, "管理库存");

    private static final Map<String, ProductColumn> BY_NAME = new HashMap<>();

    static {
        for (ProductColumn c : values()) {
            BY_NAME.put(c.header, c);
            for (String alias : c.aliases) {
                BY_NAME.put(normalize(alias), c);
            }
        }
    }

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    ProductColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The name the export writes, e.g. {@code name_en}. */
    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }

    /** The other names this column answers to. */
    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The column a heading means: case, surrounding space and "tax rate" / "tax-rate" for "tax_rate" do not matter. */
    public static ProductColumn forHeading(String heading) {
        return BY_NAME.get(normalize(heading));
    }

    private static String normalize(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
