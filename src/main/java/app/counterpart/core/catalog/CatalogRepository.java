package app.counterpart.core.catalog;

import java.util.Collection;
import java.util.List;

public interface CatalogRepository {

    List<Category> categories();

    List<Product> products();

    /** Adds categories and products with their barcodes in one transaction; all or nothing. */
    void addAll(Collection<Category> categories, Collection<Product> products);

    /**
     * Creates or updates products (matched by id) with their barcodes in one transaction. Every new
     * product and every price or cost change lands in the audit log with the person who made it.
     */
    void saveAll(Collection<Product> products, String staffId);

    /** Creates or updates one category (matched by id). */
    void saveCategory(Category category, String staffId);
}
