package app.counterpart.core.customers.csv;

/** Where a customer import plan is written and an export is recorded: the store implements it. */
public interface CustomerImportStore {

    /**
     * Writes the plan's new and updated customers with their tags and one audit entry for the import in
     * one transaction. Refuses, writing nothing, when the customers changed since the plan was made in a
     * way that conflicts with it (a new phone number taken, an updated customer changed meanwhile).
     *
     * @param staffId who imports, for the audit log
     */
    void apply(CustomerImportPlan plan, String staffId);

    /**
     * Records in the audit log that someone took the customer list (names and phone numbers) out of
     * the shop.
     *
     * @param customers how many customers the export holds
     * @param target where it went, e.g. the file name
     * @param staffId who exported (the owner on the command line)
     * @param approvedById the owner who approved with their PIN, or null when nobody had to
     */
    void recordExport(int customers, String target, String staffId, String approvedById);
}
