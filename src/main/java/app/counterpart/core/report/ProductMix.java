package app.counterpart.core.report;

import java.util.List;

/** Sales of a period by product and by category, both from one pass over the product rollups. */
public record ProductMix(List<ReportRow> products, List<ReportRow> categories) {

    public ProductMix {
        products = List.copyOf(products);
        categories = List.copyOf(categories);
    }
}
