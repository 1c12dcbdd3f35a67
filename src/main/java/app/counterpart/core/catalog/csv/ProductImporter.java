package app.counterpart.core.catalog.csv;

import app.counterpart.core.catalog.CatalogRepository;
import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.IdGenerator;
import java.util.Currency;

/**
 * Product CSV import and export for the catalog screen and the command line: preview a file (nothing
 * is written), apply the previewed plan in one transaction, export the catalog in the same format.
 * Every call reads or writes the store, so a screen calls it off the FX thread.
 */
public final class ProductImporter {

    private final CatalogRepository catalog;
    private final CatalogImportStore store;
    private final Currency currency;
    private final IdGenerator ids;

    public ProductImporter(CatalogRepository catalog, CatalogImportStore store, Currency currency, IdGenerator ids) {
        this.catalog = catalog;
        this.store = store;
        this.currency = currency;
        this.ids = ids;
    }

    /**
     * What importing the file would do to the catalog as it is now; writes nothing.
     *
     * @param source a name for the file (its file name) for messages and the audit log
     * @param bytes the whole file as read from disk
     * @throws CsvRefusedException when the file as a whole cannot be used
     */
    public ProductImportPlan preview(String source, byte[] bytes, ImportOptions options) {
        return new ProductCsvReader(currency, ids::next)
                .read(source, bytes, catalog.categories(), catalog.products(), options);
    }

    /**
     * Writes the plan's good rows (and the categories it creates) in one transaction with an audit
     * entry; rejected rows are left out. A plan without changes writes nothing.
     *
     * @param staffId who imports, recorded in the audit log
     * @throws RuntimeException from the store when the catalog changed in a conflicting way since
     *         the preview, or the write failed; then nothing was written
     */
    public void apply(ProductImportPlan plan, String staffId) {
        if (plan.hasChanges()) {
            store.apply(plan, staffId);
        }
    }

    /** Every product, sorted by SKU, in the format {@link #preview} reads. */
    public CsvExport export() {
        var products = catalog.products();
        return new CsvExport(ProductCsvWriter.write(products, catalog.categories(), currency), products.size());
    }
}
