package app.counterpart.ui.customers.files;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.csv.CustomerImportPlan;
import app.counterpart.core.customers.csv.CustomerImporter;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.customers.JooqCustomerImport;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.session.Session;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and export from the customers screen: a preview, the import, and an export only the owner approves. */
class CustomerFilesModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    @TempDir
    Path files;
    DemoFixture store;
    CustomerImporter importer;
    Session session;
    CustomerFilesModel model;
    AtomicInteger reloads;

    @BeforeEach
    void open() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(TODAY, 1);
        importer = new CustomerImporter(store.customers, new JooqCustomerImport(store.db, store.clock),
                IdGenerator.secure(store.clock), () -> TODAY);
        session = new Session();
        reloads = new AtomicInteger();
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(I18n.ENGLISH), Theme.LIGHT, Clock.systemUTC());
        model = new CustomerFilesModel(importer, ui, session, () -> staff(Role.OWNER).id(), reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Staff staff(Role role) {
        return store.staff.staff().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    private int exportsAudited() {
        return store.db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("customers.export")));
    }

    @Test
    void aGbkFileIsPreviewedWithEveryRowAccountedForThenImported() throws Exception {
        Path file = files.resolve("members.csv");
        Files.write(file, ("手机,姓名,性别,生日\n13900000001,王芳,F,1990-05-21\n13900000002,,M,\n"
                + "13313366532,徐涛,M,1967-05-21\n").getBytes(Charset.forName("GBK")));
        AtomicReference<CustomerImportPlan> plan = new AtomicReference<>();

        model.previewImport(file, plan::set, reason -> { throw new AssertionError(reason); });

        assertNotNull(plan.get());
        assertEquals("GBK", plan.get().encoding());
        assertEquals(1, plan.get().creates().size());
        assertEquals(1, plan.get().rejectedRows());
        assertEquals(3, plan.get().creates().size() + plan.get().updates().size() + plan.get().unchanged()
                + plan.get().rejectedRows());
        int before = store.customers.count();
        model.applyImport(plan.get());
        assertEquals(before + 1, store.customers.count());
        assertEquals(1, reloads.get());
        assertTrue(model.statusProperty().get().startsWith("Imported: 1 new"), model.statusProperty().get());
    }

    @Test
    void aFileThatIsNoCustomerListIsRefusedWithTheReason() throws Exception {
        Path file = files.resolve("empty.csv");
        Files.write(file, new byte[0]);
        AtomicReference<String> refused = new AtomicReference<>();

        model.previewImport(file, p -> { throw new AssertionError("no plan expected"); }, refused::set);

        assertNotNull(refused.get());
    }

    @Test
    void aCashierWithoutTheOwnersApprovalExportsNothing() {
        session.signIn(staff(Role.CASHIER));
        Path file = files.resolve("customers.csv");
        int before = exportsAudited();

        model.export(file, null);

        assertFalse(Files.exists(file));
        assertEquals(before, exportsAudited());
        assertTrue(model.errorProperty().get().contains("Only the owner exports customers"), model.errorProperty().get());
    }

    @Test
    void anApprovedExportWritesWhatTheCommandLineWritesAndNamesWhoAndWhoApproved() throws Exception {
        Staff cashier = staff(Role.CASHIER);
        Staff owner = staff(Role.OWNER);
        session.signIn(cashier);
        Path file = files.resolve("customers.csv");

        model.export(file, owner);

        assertArrayEquals(importer.export().bytes(), Files.readAllBytes(file));
        String detail = store.db.read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("customers.export")).and(AUDIT_LOG.STAFF_ID.eq(cashier.id()))
                .fetchOne(AUDIT_LOG.DETAIL));
        assertTrue(detail.endsWith("approved by " + owner.id()), detail);
        assertTrue(model.statusProperty().get().startsWith("Exported 500 customers"), model.statusProperty().get());
    }

    @Test
    void theOwnerSignedInExportsWithoutAskingAnyone() throws Exception {
        session.signIn(staff(Role.OWNER));
        Path file = files.resolve("customers.csv");

        model.export(file, null);

        assertTrue(Files.size(file) > 0);
        assertEquals(1, exportsAudited());
    }
}
