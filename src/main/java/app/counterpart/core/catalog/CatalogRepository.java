package app.counterpart.core.catalog;

import java.util.Collection;
import java.util.List;

public interface CatalogRepository {

    List<Category> categories();

    List<Product> products();

    /** Adds categories and products with their barcodes in one transaction; all or nothing. */
    void addAll(Collection<Category> categories, Collection<Product> products);
}
