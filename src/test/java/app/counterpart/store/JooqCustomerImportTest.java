package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.csv.CustomerCsvExport;
import app.counterpart.core.customers.csv.CustomerImportPlan;
import app.counterpart.core.customers.csv.CustomerImporter;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.customers.JooqCustomerImport;
import app.counterpart.testing.DemoFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer import against a real demo store: a check writes nothing, apply writes the good rows or nothing. */
class JooqCustomerImportTest {

    private static final String HEADER = "phone,name,gender,birthday,tags,referred_by,consent,joined\n";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /**
     * A new customer referred by a second new one further down, a change to a demo customer (徐涛: name
     * and tags), and a rejected row.
     */
    private static final String FILE = HEADER
            + "13900000001,王芳,F,1990-05-21,vip|student,13900000002,true,2026-11-01\n"
            + "13313366532,徐涛涛,M,1967-05-21,vip,,false,2026-06-07\n"
            + "13900000002,王刚,M,,,,false,\n"
            + "13900000003,,,,,,,\n";

    @TempDir
    Path dir;
    DemoFixture store;
    CustomerImporter importer;
    String owner;

    @BeforeEach
    void openDemoStore() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(TODAY, 1);
        importer = importer(store);
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).map(Staff::id).findFirst().orElseThrow();
    }

    private static CustomerImporter importer(DemoFixture store) {
        return new CustomerImporter(store.customers, new JooqCustomerImport(store.db, store.clock),
                IdGenerator.secure(store.clock), () -> TODAY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CustomerImportPlan check(String text) {
        return importer.preview("test.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private int auditEntries(String action) {
        return store.db.read(ctx -> ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action)));
    }

    private static Map<String, Customer> byPhone(DemoFixture store) {
        return store.customers.customers().stream().collect(Collectors.toMap(Customer::phone, Function.identity()));
    }

    @Test
    void aCheckWritesNothing() {
        List<Customer> before = store.customers.customers();

        CustomerImportPlan plan = check(FILE);

        assertEquals(2, plan.creates().size());
        assertEquals(1, plan.updates().size());
        assertEquals(1, plan.rejectedRows());
        assertEquals(before, store.customers.customers());
        assertEquals(0, auditEntries("customers.import"));
    }

    @Test
    void applyingWritesExactlyTheGoodRowsInOneGoWithAnAuditEntry() {
        Map<String, Customer> before = byPhone(store);
        CustomerImportPlan plan = check(FILE);

        importer.apply(plan, owner);

        Map<String, Customer> after = byPhone(store);
        assertEquals(before.size() + 2, after.size());
        Customer gang = after.get("13900000002");
        assertEquals(new Customer(gang.id(), "13900000002", "王刚", "M", null, Set.of(), null, false, TODAY), gang);
        assertEquals(new Customer(after.get("13900000001").id(), "13900000001", "王芳", "F", LocalDate.of(1990, 5, 21),
                Set.of("vip", "student"), gang.id(), true, LocalDate.of(2026, 11, 1)), after.get("13900000001"));
        Customer xu = before.get("13313366532");
        assertEquals(new Customer(xu.id(), xu.phone(), "徐涛涛", "M", xu.birthday(), Set.of("vip"), null, false,
                xu.joinedOn()), after.get("13313366532"));
        assertTrue(!after.containsKey("13900000003"));
        for (String phone : before.keySet()) {
            if (!phone.equals("13313366532")) {
                assertEquals(before.get(phone), after.get(phone), phone);
            }
        }
        assertEquals(1, auditEntries("customers.import"));
        String detail = store.db.read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("customers.import")).fetchOne(AUDIT_LOG.DETAIL));
        assertEquals("test.csv (UTF-8): 4 rows, 2 new, 1 updated, 0 unchanged, 1 rejected", detail);
    }

    @Test
    void aPlanWithoutChangesWritesNothing() {
        CustomerImportPlan plan = check(HEADER + "13900000003,,,,,,,\n");

        importer.apply(plan, owner);

        assertEquals(0, auditEntries("customers.import"));
    }

    @Test
    void aPlanThatNoLongerFitsIsRefusedAndNothingIsWritten() {
        CustomerImportPlan plan = check(FILE);
        // Meanwhile the till adds 13900000002 for a customer at the counter.
        store.customers.addAll(List.of(new Customer("till-1", "13900000002", "王刚", null, null, Set.of(), null, false,
                TODAY)));
        Map<String, Customer> before = byPhone(store);

        StoreException e = assertThrows(StoreException.class, () -> importer.apply(plan, owner));

        assertEquals("Nothing was imported: a customer with phone 13900000002 was added since the file was checked. "
                + "Check it again.", e.getMessage());
        assertEquals(before, byPhone(store));
        assertEquals(0, auditEntries("customers.import"));
    }

    @Test
    void exportingAndImportingTheSameFileChangesNothing() {
        CustomerCsvExport export = importer.export();
        List<Customer> before = store.customers.customers();

        CustomerImportPlan plan = importer.preview("customers.csv", export.bytes());
        importer.apply(plan, owner);

        assertEquals(500, export.customers());
        assertEquals(List.of(), plan.problems());
        assertEquals(500, plan.unchanged());
        assertEquals(before, store.customers.customers());
        assertEquals(0, auditEntries("customers.import"));
    }

    @Test
    void anExportImportedIntoAnotherShopGivesTheSameCustomersReferralsIncluded(@TempDir Path other) {
        byte[] exported = importer.export().bytes();
        try (DemoFixture fresh = new DemoFixture(other, Clock.systemUTC())) {
            CustomerImporter into = importer(fresh);
            CustomerImportPlan plan = into.preview("customers.csv", exported);

            into.apply(plan, null);

            assertEquals(500, plan.creates().size());
            assertEquals(comparable(store), comparable(fresh));
        }
    }

    /** Each customer by phone, with the referrer as a phone number too: ids differ between two shops. */
    private static Map<String, List<Object>> comparable(DemoFixture store) {
        List<Customer> all = store.customers.customers();
        Map<String, String> phoneById = all.stream().collect(Collectors.toMap(Customer::id, Customer::phone));
        return all.stream().collect(Collectors.toMap(Customer::phone, c -> List.of(c.name(),
                String.valueOf(c.gender()), String.valueOf(c.birthday()), c.tags(),
                String.valueOf(phoneById.get(c.referredBy())), c.consent(), c.joinedOn())));
    }

    @Test
    void anExportIsRecordedInTheAuditLogOnceWritten() {
        CustomerCsvExport export = importer.export();

        importer.exported(export, "/tmp/customers.csv", owner);

        String detail = store.db.read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("customers.export")).and(AUDIT_LOG.STAFF_ID.eq(owner))
                .fetchOne(AUDIT_LOG.DETAIL));
        assertEquals("500 customers with their phone numbers to /tmp/customers.csv", detail);
    }
}
