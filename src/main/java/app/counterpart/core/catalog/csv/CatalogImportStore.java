package app.counterpart.core.catalog.csv;

/** Where an import plan is written: the store implements it, all or nothing. */
public interface CatalogImportStore {

    /**
     * Writes the plan's new categories, new and updated products and one audit entry for the import in
     * one transaction. Refuses, writing nothing, when the catalog changed since the plan was made in a
     * way that conflicts with it (a new SKU or a claimed barcode taken meanwhile).
     *
     * @param staffId who imports, for the audit log
     */
    void apply(ProductImportPlan plan, String staffId);
}
