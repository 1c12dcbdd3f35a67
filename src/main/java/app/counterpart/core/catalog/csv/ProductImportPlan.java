package app.counterpart.core.catalog.csv;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.ImportProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What importing a file would do, worked out without writing anything: shown as a preview, then
 * applied as it is (see {@link ProductImporter#apply}). Every data row of the file ends up in exactly
 * one of creates, updates, unchanged or the rejected rows named by {@code problems}.
 *
 * @param source a name for the file, e.g. its file name, for messages and the audit log
 * @param encoding "UTF-8" or "GBK"
 * @param rowsRead data rows in the file (blank rows not counted)
 * @param creates good rows with a new SKU, in file order
 * @param updates good rows whose SKU exists and whose values differ from the catalog's, in file order
 * @param unchanged good rows equal to what the catalog already holds
 * @param newCategories categories the import creates (only with {@link ImportOptions#createCategories()})
 * @param unknownCategories category names that rejected rows used and the catalog does not know
 * @param problems why rows were rejected, by line; a row can have several
 * @param warnings things worth knowing that reject nothing, e.g. an unknown column
 */
public record ProductImportPlan(
        String source,
        String encoding,
        int rowsRead,
        List<PlannedProduct> creates,
        List<PlannedProduct> updates,
        int unchanged,
        List<Category> newCategories,
        List<String> unknownCategories,
        List<ImportProblem> problems,
        List<ImportProblem> warnings) {

    public ProductImportPlan {
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        newCategories = List.copyOf(newCategories);
        unknownCategories = List.copyOf(unknownCategories);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Rows with at least one problem: none of them is imported. */
    public int rejectedRows() {
        return (int) problems.stream().mapToInt(ImportProblem::line).distinct().count();
    }

    /** Whether applying the plan would write anything. */
    public boolean hasChanges() {
        return !creates.isEmpty() || !updates.isEmpty() || !newCategories.isEmpty();
    }

    /** The products to save: new ones first, then updated ones. */
    public List<Product> productsToSave() {
        List<Product> products = new ArrayList<>(creates.size() + updates.size());
        creates.forEach(p -> products.add(p.after()));
        updates.forEach(p -> products.add(p.after()));
        return products;
    }
}
