package app.counterpart.core.customers.csv;

import app.counterpart.core.common.CsvRefusedException;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Customer CSV import and export for the command line (and later the customer screen): check a file
 * (nothing is written), apply the checked plan in one transaction, export every customer in the same
 * format. Every call reads or writes the store, so a screen calls it off the FX thread. An export
 * hands out every customer's phone number, so whoever took it is recorded in the audit log.
 */
public final class CustomerImporter {

    private final CustomerRepository customers;
    private final CustomerImportStore store;
    private final IdGenerator ids;
    private final Supplier<LocalDate> today;

    /** @param today the shop's current business day */
    public CustomerImporter(CustomerRepository customers, CustomerImportStore store, IdGenerator ids,
            Supplier<LocalDate> today) {
        this.customers = customers;
        this.store = store;
        this.ids = ids;
        this.today = today;
    }

    /**
     * What importing the file would do to the customers as they are now; writes nothing.
     *
     * @param source a name for the file (its file name) for messages and the audit log
     * @param bytes the whole file as read from disk
     * @throws CsvRefusedException when the file as a whole cannot be used
     */
    public CustomerImportPlan preview(String source, byte[] bytes) {
        return new CustomerCsvReader(ids::next, today.get()).read(source, bytes, customers.customers());
    }

    /**
     * Writes the plan's good rows in one transaction with an audit entry; rejected rows are left out. A
     * plan without changes writes nothing.
     *
     * @param staffId who imports, recorded in the audit log
     * @throws RuntimeException from the store when the customers changed in a conflicting way since the
     *         preview, or the write failed; then nothing was written
     */
    public void apply(CustomerImportPlan plan, String staffId) {
        if (plan.hasChanges()) {
            store.apply(plan, staffId);
        }
    }

    /** Every customer, oldest members first, in the format {@link #preview} reads. */
    public CustomerCsvExport export() {
        List<Customer> all = customers.customers();
        return new CustomerCsvExport(CustomerCsvWriter.write(all), all.size());
    }

    /**
     * Records in the audit log that {@code staffId} saved the export to {@code target}; called once it is
     * written, so the log holds no export that failed.
     */
    public void exported(CustomerCsvExport export, String target, String staffId) {
        exported(export, target, staffId, null);
    }

    /** As {@link #exported(CustomerCsvExport, String, String)}, naming the owner who approved it. */
    public void exported(CustomerCsvExport export, String target, String staffId, String approvedById) {
        store.recordExport(export.customers(), target, staffId, approvedById);
    }
}
