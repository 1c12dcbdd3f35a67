package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.CUSTOMER_MERGE;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.merge.CustomerMerges;
import app.counterpart.core.customers.merge.DuplicatePair;
import app.counterpart.core.customers.merge.DuplicateReason;
import app.counterpart.core.customers.merge.MergeException;
import app.counterpart.core.customers.merge.MergeField;
import app.counterpart.core.customers.merge.MergePreview;
import app.counterpart.core.customers.merge.MergePreview.Side;
import app.counterpart.core.customers.merge.PhoneKey;
import app.counterpart.core.customers.merge.RecordHistory;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.store.customers.CustomerReferences;
import app.counterpart.store.customers.JooqCustomerMerge;
import app.counterpart.store.report.RollupCheck;
import app.counterpart.testing.DemoFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging two customers on a real demo store: nothing is lost (counts and sums of everything that hangs
 * off them are the same before and after), the survivor's figures are recomputed, the rollups agree
 * with the raw rows, the database is intact, and refusals write nothing.
 */
class CustomerMergeStoreTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    DemoFixture store;
    JooqCustomerMerge mergeStore;
    CustomerMerges merges;
    Staff owner;
    Staff cashier;
    String keepId;
    String mergeId;

    @BeforeEach
    void open() {
        store = new DemoFixture(dir, Clock.systemUTC());
        store.installDemo(UNTIL, 20);
        mergeStore = new JooqCustomerMerge(store.db, store.clock);
        merges = new CustomerMerges(mergeStore, new PhoneKey("86"));
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).findFirst().orElseThrow();
        cashier = store.staff.staff().stream().filter(s -> s.role() == Role.CASHIER).findFirst().orElseThrow();
        // The two customers with the most sales, so both have history, first sales on different days and more.
        List<String> busiest = store.db.read(ctx -> ctx.fetch("SELECT customer_id FROM sale WHERE customer_id IS NOT NULL"
                + " GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 2").getValues(0, String.class));
        keepId = busiest.get(0);
        mergeId = busiest.get(1);
        Instant at = Instant.parse("2026-11-20T03:00:00Z");
        store.customers.topUpStoreCredit(Map.of(mergeId, 30_000L, keepId, 5_000L), at);
        Customer merged = store.customers.byId(mergeId).orElseThrow();
        // Someone the merged customer brought in, a service note about each, and a cart still open for them.
        store.customers.addAll(List.of(new Customer("00000000-0000-7000-8000-00000000f001", "13700000001", "被推荐人",
                null, null, Set.of(), mergeId, true, UNTIL)));
        store.db.write(ctx -> {
            for (String id : List.of(mergeId, keepId, mergeId)) {
                ctx.execute("INSERT INTO service_note (id, customer_id, staff_id, kind, body, created_at)"
                        + " VALUES (?, ?, ?, 'note', 'likes green tea', ?)", "note-" + Math.random(), id, cashier.id(),
                        at.toEpochMilli());
            }
            ctx.execute("INSERT INTO cart_draft (id, parked, customer_id, served_by_id, created_at, updated_at)"
                    + " VALUES ('draft-1', 1, ?, ?, ?, ?)", mergeId, cashier.id(), at.toEpochMilli(), at.toEpochMilli());
            ctx.execute("INSERT INTO customer_tag (customer_id, tag) VALUES (?, 'merge-test-tag')", mergeId);
            return null;
        });
        assertTrue(merged.phone() != null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long count(String sql, Object... args) {
        return store.db.read(ctx -> ((Number) ctx.fetchValue(sql, args)).longValue());
    }

    private long referencesTo(String customerId) {
        long n = 0;
        for (CustomerReferences.Reference r : CustomerReferences.MOVED) {
            n += count("SELECT COUNT(*) FROM " + r.table() + " WHERE " + r.column() + " = ?", customerId);
        }
        return n;
    }

    private MergePreview preview() {
        return merges.preview(keepId, mergeId);
    }

    @Test
    void aMergeMovesEverythingAndLosesNothing() {
        String both = "customer_id IN (?, ?)";
        long sales = count("SELECT COUNT(*) FROM sale WHERE " + both, keepId, mergeId);
        long revenue = count("SELECT SUM(total_minor) FROM sale WHERE " + both, keepId, mergeId);
        long allRevenue = count("SELECT SUM(total_minor) FROM sale");
        long notes = count("SELECT COUNT(*) FROM service_note WHERE " + both, keepId, mergeId);
        long credit = count("SELECT SUM(amount_minor) FROM store_credit WHERE " + both, keepId, mergeId);
        long creditEntries = count("SELECT COUNT(*) FROM store_credit WHERE " + both, keepId, mergeId);
        long referrals = count("SELECT COUNT(*) FROM customer WHERE referred_by IN (?, ?)", keepId, mergeId);
        long visits = count("SELECT SUM(visits) FROM customer_stats WHERE " + both, keepId, mergeId);
        long newCustomerSales = count("SELECT SUM(new_customer_sales) FROM rollup_day");
        long customersBefore = store.customers.count();
        Customer merged = store.customers.byId(mergeId).orElseThrow();
        Customer kept = store.customers.byId(keepId).orElseThrow();
        assertEquals(List.of(), new RollupCheck(store.db).verify());
        MergePreview preview = preview();
        assertEquals(credit, preview.keepHas().creditMinor() + preview.mergeHas().creditMinor());

        RecordHistory moved = merges.merge(preview, Map.of(MergeField.NAME, Side.MERGE, MergeField.PHONE, Side.MERGE),
                cashier, owner);

        assertEquals(sales, count("SELECT COUNT(*) FROM sale WHERE customer_id = ?", keepId));
        assertEquals(revenue, count("SELECT SUM(total_minor) FROM sale WHERE customer_id = ?", keepId));
        assertEquals(allRevenue, count("SELECT SUM(total_minor) FROM sale"));
        assertEquals(notes, count("SELECT COUNT(*) FROM service_note WHERE customer_id = ?", keepId));
        assertEquals(credit, count("SELECT SUM(amount_minor) FROM store_credit WHERE customer_id = ?", keepId));
        assertEquals(creditEntries, count("SELECT COUNT(*) FROM store_credit WHERE customer_id = ?", keepId));
        assertEquals(referrals, count("SELECT COUNT(*) FROM customer WHERE referred_by = ?", keepId));
        assertEquals(1, count("SELECT COUNT(*) FROM cart_draft WHERE customer_id = ?", keepId));
        assertEquals(0, referencesTo(mergeId));
        assertEquals(preview.mergeHas().references(), moved.references());
        // One person, one row of figures: visits add up, and only the earlier first sale is a new customer's.
        assertEquals(visits, count("SELECT visits FROM customer_stats WHERE customer_id = ?", keepId));
        assertEquals(0, count("SELECT COUNT(*) FROM customer_stats WHERE customer_id = ?", mergeId));
        assertEquals(newCustomerSales - 1, count("SELECT SUM(new_customer_sales) FROM rollup_day"));
        assertEquals(List.of(), new RollupCheck(store.db).verify());
        assertEquals(List.of("ok"), store.db.read(ctx -> ctx.fetch("PRAGMA integrity_check").getValues(0, String.class)));
        assertEquals(0, (int) store.db.read(ctx -> ctx.fetch("PRAGMA foreign_key_check").size()));

        Customer survivor = store.customers.byId(keepId).orElseThrow();
        assertEquals(merged.name(), survivor.name());
        assertEquals(merged.phone(), survivor.phone());
        assertTrue(survivor.tags().containsAll(kept.tags()) && survivor.tags().containsAll(merged.tags())
                && survivor.tags().contains("merge-test-tag"), survivor.tags().toString());
        var tombstone = store.db.read(ctx -> ctx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(mergeId)).fetchOne());
        assertEquals(keepId, tombstone.getMergedInto());
        assertEquals(cashier.id(), tombstone.getMergedBy());
        assertNotNull(tombstone.getMergedAt());
        assertEquals(merged.name(), tombstone.getName());
        assertEquals(customersBefore - 1, store.customers.count());
        assertTrue(store.customers.customers().stream().noneMatch(c -> c.id().equals(mergeId)));

        var record = store.db.read(ctx -> ctx.selectFrom(CUSTOMER_MERGE).fetchOne());
        assertEquals(owner.id(), record.getApprovedBy());
        assertTrue(record.getMergedBefore().contains(merged.phone()), record.getMergedBefore());
        assertEquals(1, (int) store.db.read(ctx -> ctx.fetchCount(OUTBOX, OUTBOX.ENTITY.eq("customer.merge"))));
        String detail = store.db.read(ctx -> ctx.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("customers.merge")).and(AUDIT_LOG.STAFF_ID.eq(cashier.id())).fetchOne(0,
                        String.class));
        assertTrue(detail.contains("approved by " + owner.id()), detail);
    }

    @Test
    void careTasksFollowTheSurvivorAndTheSameTaskTwiceBecomesOne() {
        long at = Instant.parse("2026-11-20T03:00:00Z").toEpochMilli();
        List<String> rules = store.db.read(ctx -> ctx.fetch("SELECT id FROM care_rule ORDER BY kind")
                .getValues(0, String.class));
        store.db.write(ctx -> {
            // Both records were due the same greeting on the same day; only the merged one had a follow-up.
            for (String[] t : List.of(new String[] {"t-keep", keepId, rules.get(0)},
                    new String[] {"t-same", mergeId, rules.get(0)}, new String[] {"t-own", mergeId, rules.get(1)})) {
                ctx.execute("INSERT INTO care_task (id, rule_id, customer_id, due_day, created_at, updated_at)"
                        + " VALUES (?, ?, ?, '2026-11-28', ?, ?)", t[0], t[2], t[1], at, at);
            }
            ctx.execute("INSERT INTO customer_segment (customer_id, stage, computed_at) VALUES (?, 'active', ?)"
                    + " ON CONFLICT DO NOTHING", mergeId, at);
            return null;
        });

        merges.merge(preview(), Map.of(), owner, null);

        assertEquals(List.of("t-keep", "t-own"), store.db.read(ctx -> ctx.fetch(
                "SELECT id FROM care_task WHERE customer_id = ? ORDER BY id", keepId).getValues(0, String.class)));
        assertEquals(0, count("SELECT COUNT(*) FROM care_task WHERE customer_id = ?", mergeId));
        assertEquals(0, count("SELECT COUNT(*) FROM customer_segment WHERE customer_id = ?", mergeId));
        assertEquals(List.of(), new RollupCheck(store.db).verify());
    }

    @Test
    void aCustomerIsNotMergedIntoItself() {
        MergePreview self = new MergePreview(store.customers.byId(keepId).orElseThrow(),
                store.customers.byId(keepId).orElseThrow(), preview().keepHas(), preview().keepHas(), Map.of());

        assertEquals(MergeException.Problem.SAME_CUSTOMER,
                assertThrows(MergeException.class, () -> merges.preview(keepId, keepId)).problem());
        assertEquals(MergeException.Problem.SAME_CUSTOMER,
                assertThrows(MergeException.class, () -> merges.merge(self, Map.of(), owner, null)).problem());
        assertEquals(0, count("SELECT COUNT(*) FROM customer_merge"));
    }

    @Test
    void nothingIsMergedIntoOrFromATombstone() {
        MergePreview first = preview();
        merges.merge(first, Map.of(), owner, null);
        String third = store.customers.customers().stream().map(Customer::id)
                .filter(id -> !id.equals(keepId)).findFirst().orElseThrow();

        assertEquals(MergeException.Problem.ALREADY_MERGED,
                assertThrows(MergeException.class, () -> merges.preview(third, mergeId)).problem());
        assertEquals(MergeException.Problem.ALREADY_MERGED,
                assertThrows(MergeException.class, () -> merges.preview(mergeId, third)).problem());
        // A review opened before the first merge committed is refused when it commits.
        MergePreview stale = new MergePreview(store.customers.byId(third).orElseThrow(), first.merge(),
                first.keepHas(), first.mergeHas(), Map.of());
        assertEquals(MergeException.Problem.ALREADY_MERGED,
                assertThrows(MergeException.class, () -> merges.merge(stale, Map.of(), owner, null)).problem());
        assertEquals(1, count("SELECT COUNT(*) FROM customer_merge"));
    }

    @Test
    void withoutTheOwnerNothingIsMerged() {
        Staff manager = store.staff.staff().stream().filter(s -> s.role() == Role.MANAGER).findFirst().orElseThrow();

        for (Staff[] byAndApprover : new Staff[][] {{cashier, null}, {null, null}, {cashier, manager}}) {
            assertEquals(MergeException.Problem.OWNER_REQUIRED, assertThrows(MergeException.class,
                    () -> merges.merge(preview(), Map.of(), byAndApprover[0], byAndApprover[1])).problem());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM customer_merge"));
        assertEquals(0, count("SELECT COUNT(*) FROM customer WHERE merged_into IS NOT NULL"));
    }

    @Test
    void aReferrerThatLeadsBackToTheSurvivorIsRefused() {
        // The kept customer was referred by C, and C by the merged customer: after the merge C would be
        // referred by the survivor, who is referred by C.
        String c = "00000000-0000-7000-8000-00000000f002";
        store.customers.addAll(List.of(new Customer(c, "13700000002", "介绍人", null, null, Set.of(), mergeId, false,
                UNTIL)));
        store.db.write(ctx -> ctx.update(CUSTOMER).set(CUSTOMER.REFERRED_BY, c).where(CUSTOMER.ID.eq(keepId)).execute());

        assertEquals(MergeException.Problem.REFERRAL_CIRCLE, assertThrows(MergeException.class,
                () -> merges.merge(preview(), Map.of(MergeField.REFERRED_BY, Side.KEEP), owner, null)).problem());
        assertEquals(0, count("SELECT COUNT(*) FROM customer WHERE merged_into IS NOT NULL"));
    }

    @Test
    void theDatabaseMovesASaleOnlyToTheCustomerItsCustomerWasMergedInto() {
        String sale = store.db.read(ctx -> ctx.fetchValue("SELECT id FROM sale WHERE customer_id = ? LIMIT 1", mergeId)
                .toString());

        assertThrows(RuntimeException.class, () -> store.db.write(ctx -> ctx.execute(
                "UPDATE sale SET customer_id = ? WHERE id = ?", keepId, sale)));
        assertThrows(RuntimeException.class, () -> store.db.write(ctx -> ctx.execute(
                "UPDATE sale SET total_minor = total_minor + 1 WHERE id = ?", sale)));
        assertThrows(RuntimeException.class, () -> store.db.write(ctx -> ctx.execute(
                "UPDATE store_credit SET customer_id = ? WHERE customer_id = ?", keepId, mergeId)));
        assertEquals(mergeId, store.db.read(ctx -> ctx.fetchValue("SELECT customer_id FROM sale WHERE id = ?", sale)));
    }

    @Test
    void theSamePhoneCreatedOnTwoDevicesIsHeldThenFoundThenMerged() {
        Customer here = store.customers.byId(keepId).orElseThrow();
        Customer fromOtherTill = new Customer("00000000-0000-7000-8000-00000000f003", here.phone(), here.name(), null,
                null, Set.of("walk-in"), null, false, UNTIL);

        assertTrue(mergeStore.addFromAnotherDevice(fromOtherTill));

        List<DuplicatePair> found = merges.duplicates();
        DuplicatePair pair = found.stream().filter(p -> p.merge().id().equals(fromOtherTill.id())
                || p.keep().id().equals(fromOtherTill.id())).findFirst().orElseThrow();
        assertEquals(DuplicateReason.SAME_PHONE_FROM_ANOTHER_DEVICE, pair.reason());
        merges.merge(merges.preview(keepId, fromOtherTill.id()), Map.of(), owner, null);
        assertTrue(store.customers.byId(keepId).orElseThrow().tags().contains("walk-in"));
        assertTrue(merges.duplicates().stream().noneMatch(p -> p.merge().id().equals(fromOtherTill.id())
                || p.keep().id().equals(fromOtherTill.id())));
    }

    @Test
    void aPairMarkedAsTwoPeopleIsNotSuggestedAgain() {
        String other = "00000000-0000-7000-8000-00000000f004";
        Customer kept = store.customers.byId(keepId).orElseThrow();
        store.customers.addAll(List.of(new Customer(other, "+86 " + kept.phone(), kept.name(), null, null, Set.of(),
                null, false, UNTIL)));
        DuplicatePair pair = merges.duplicates().stream().filter(p -> p.merge().id().equals(other)).findFirst()
                .orElseThrow();
        assertEquals(DuplicateReason.SAME_PHONE_WRITTEN_DIFFERENTLY, pair.reason());

        merges.markDistinct(pair, owner);

        assertTrue(merges.duplicates().stream().noneMatch(p -> p.merge().id().equals(other)));
    }
}
