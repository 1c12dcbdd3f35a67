package app.counterpart.hq;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.csv.ImportOptions;
import app.counterpart.core.catalog.csv.ProductCsvReader;
import app.counterpart.core.catalog.csv.ProductImportPlan;
import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.ImportProblem;
import app.counterpart.sync.protocol.Wire;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A product CSV in the shop's export format read into the documents head office publishes. It goes
 * through the shop's own CSV reader, so head office accepts and refuses exactly what a shop's import
 * would; any bad row refuses the whole file.
 */
final class ProductPublication {

    /** One product to publish: its SKU (the entity id) and its document. */
    record Published(String sku, String json) {
    }

    private ProductPublication() {
    }

    static List<Published> read(byte[] csv, Currency currency) {
        ProductImportPlan plan;
        try {
            // Against an empty catalog every row is a new product and every category name a new category.
            plan = new ProductCsvReader(currency, () -> UUID.randomUUID().toString())
                    .read("products.csv", csv, List.of(), List.of(), new ImportOptions(true));
        } catch (CsvRefusedException e) {
            throw HqException.badRequest("the product file cannot be used: " + e.getMessage());
        }
        if (!plan.problems().isEmpty()) {
            throw HqException.badRequest("nothing was published; fix these rows: " + plan.problems().stream()
                    .map(ImportProblem::describe).collect(Collectors.joining("; ")));
        }
        Map<String, String> codes = plan.newCategories().stream().collect(Collectors.toMap(Category::id, Category::code));
        List<Published> out = new ArrayList<>();
        for (Product p : plan.productsToSave()) {
            ObjectNode doc = Wire.JSON.createObjectNode();
            doc.put("sku", p.sku());
            var barcodes = doc.putArray("barcodes");
            p.barcodes().forEach(barcodes::add);
            doc.put("category", codes.get(p.categoryId()));
            doc.put("name_en", p.name());
            doc.put("name_zh", p.nameZh());
            doc.put("unit", p.unit());
            doc.put("price_minor", p.priceMinor());
            doc.put("cost_minor", p.costMinor());
            doc.put("tax_rate_bp", p.taxRateBp());
            doc.put("active", p.active());
            doc.put("color", p.color());
            doc.put("low_stock", p.lowStock());
            doc.put("track_stock", p.trackStock());
            out.add(new Published(p.sku(), Json.text(doc)));
        }
        return out;
    }
}
