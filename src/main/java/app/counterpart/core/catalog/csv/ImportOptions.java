package app.counterpart.core.catalog.csv;

/**
 * Choices for one import.
 *
 * @param createCategories create a category for every unknown category name instead of rejecting its rows
 */
public record ImportOptions(boolean createCategories) {

    public static final ImportOptions DEFAULT = new ImportOptions(false);
}
