package app.counterpart.ui.customers.files;

import app.counterpart.core.customers.csv.CustomerCsvExport;
import app.counterpart.core.customers.csv.CustomerImportPlan;
import app.counterpart.core.customers.csv.CustomerImporter;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.staff.StaffAccess;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Customer CSV files from the customers screen: a preview of an import (nothing written), the import of
 * its good rows in one transaction, and the export of every customer in the format the command line
 * writes. File and store work runs in the background. An export hands out every phone number, so it
 * needs the owner: the owner signed in, or the owner's PIN (checked before this is called).
 */
public final class CustomerFilesModel {

    private final CustomerImporter importer;
    private final UiContext ui;
    private final Session session;
    private final Supplier<String> fallbackStaffId;
    private final Runnable changed;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param fallbackStaffId whom an import is recorded under when nobody is signed in (the owner, as the
     *                        rest of the back office does until sign-in is required)
     * @param changed called after an import, so the list shows the new customers
     */
    public CustomerFilesModel(CustomerImporter importer, UiContext ui, Session session,
            Supplier<String> fallbackStaffId, Runnable changed) {
        this.importer = importer;
        this.ui = ui;
        this.session = session;
        this.fallbackStaffId = fallbackStaffId;
        this.changed = changed;
    }

    // Commands

    /**
     * Reads and checks a file (UTF-8 with or without BOM, or GBK) without writing anything; the plan, or
     * the reason the file cannot be used, comes back on the FX thread.
     */
    public void previewImport(Path file, Consumer<CustomerImportPlan> onPlan, Consumer<String> onRefused) {
        ui.tasks().run(() -> importer.preview(String.valueOf(file.getFileName()), Files.readAllBytes(file)), onPlan,
                e -> onRefused.accept(Errors.describe(e)));
    }

    /** Imports the previewed plan's good rows in one transaction, then has the list read again. */
    public void applyImport(CustomerImportPlan plan) {
        Staff by = session.signedIn();
        ui.tasks().run(() -> {
            importer.apply(plan, by != null ? by.id() : fallbackStaffId.get());
            return plan;
        }, done -> {
            error.set("");
            status.set("");
            status.set(ui.i18n().format("customers.import.done", done.creates().size(), done.updates().size(),
                    done.unchanged(), done.rejectedRows()));
            changed.run();
        }, e -> refused(ui.i18n().format("customers.import.failed", Errors.describe(e))));
    }

    /**
     * Writes every customer to the file (through a temporary file, so a failed write leaves no half
     * file) and records the export with who did it and who approved it.
     *
     * @param approver the owner whose PIN approved it; null only when the owner is signed in
     */
    public void export(Path file, Staff approver) {
        Staff by = session.signedIn();
        if (StaffAccess.needsOwner(by) && approver == null) {
            refused(ui.i18n().text("customers.export.ownerOnly"));
            return;
        }
        ui.tasks().run(() -> {
            CustomerCsvExport export = importer.export();
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            Files.write(tmp, export.bytes());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            importer.exported(export, file.toAbsolutePath().toString(), by != null ? by.id() : approver.id(),
                    approver == null ? null : approver.id());
            return export.customers();
        }, n -> {
            error.set("");
            status.set("");
            status.set(ui.i18n().format("customers.export.done", n, file));
        }, e -> refused(ui.i18n().format("customers.export.failed", Errors.describe(e))));
    }

    /** An export or merge the owner did not approve: said plainly, nothing written. */
    public void refused(String reason) {
        status.set("");
        error.set("");
        error.set(reason);
    }

    // Properties

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
