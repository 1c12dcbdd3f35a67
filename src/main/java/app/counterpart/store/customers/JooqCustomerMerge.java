package app.counterpart.store.customers;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.CUSTOMER_DISTINCT;
import static app.counterpart.store.jooq.Tables.CUSTOMER_MERGE;
import static app.counterpart.store.jooq.Tables.CUSTOMER_TAG;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.merge.CustomerMergeStore;
import app.counterpart.core.customers.merge.DuplicateFinder;
import app.counterpart.core.customers.merge.MergeException;
import app.counterpart.core.customers.merge.MergePreview;
import app.counterpart.core.customers.merge.RecordHistory;
import app.counterpart.store.Database;
import app.counterpart.store.jooq.tables.records.CustomerRecord;
import app.counterpart.store.outbox.OutboxWriter;
import app.counterpart.store.report.CustomerStatsRebuild;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Duplicate candidates and merges over SQLite. A merge is one write transaction: the merged record
 * becomes a tombstone (merged_into, merged_at, merged_by; its phone number moves to the merge record,
 * since the survivor may take it), the survivor gets the chosen fields and both records' tags, every
 * column in {@link CustomerReferences#MOVED} is moved to the survivor, the survivor's visit figures are
 * recomputed and the later of the two first sales stops counting as a new customer's (ADR 0017), then
 * the merge record, a "customer.merge" outbox row and a "customers.merge" audit entry are written.
 */
public final class JooqCustomerMerge implements CustomerMergeStore {

    private final Database db;
    private final JooqCustomerRepository customers;
    private final Clock clock;
    private final IdGenerator ids;

    public JooqCustomerMerge(Database db, Clock clock) {
        this.db = db;
        this.customers = new JooqCustomerRepository(db, clock);
        this.clock = clock;
        this.ids = IdGenerator.secure(clock);
    }

    @Override
    public Candidates candidates() {
        List<Customer> live = customers.customers();
        return db.read(ctx -> {
            Map<String, String> held = ctx.select(CUSTOMER.ID, CUSTOMER.HELD_PHONE).from(CUSTOMER)
                    .where(CUSTOMER.HELD_PHONE.isNotNull()).and(CUSTOMER.MERGED_INTO.isNull())
                    .fetchMap(CUSTOMER.ID, CUSTOMER.HELD_PHONE);
            Set<String> distinct = new HashSet<>();
            ctx.selectFrom(CUSTOMER_DISTINCT).forEach(r -> distinct.add(DuplicateFinder.pairKey(r.getFirstId(),
                    r.getSecondId())));
            return new Candidates(live, held, distinct);
        });
    }

    @Override
    public MergePreview preview(String keepId, String mergeId) {
        if (keepId.equals(mergeId)) {
            throw new MergeException(MergeException.Problem.SAME_CUSTOMER);
        }
        return refusalsAsThey(() -> db.read(ctx -> {
            Customer keep = live(ctx, keepId);
            Customer merge = live(ctx, mergeId);
            Map<String, String> names = new HashMap<>();
            for (String referrer : new String[] {keep.referredBy(), merge.referredBy()}) {
                if (referrer != null) {
                    names.put(referrer, ctx.select(CUSTOMER.NAME).from(CUSTOMER).where(CUSTOMER.ID.eq(referrer))
                            .fetchOne(CUSTOMER.NAME));
                }
            }
            return new MergePreview(keep, merge, history(ctx, keepId), history(ctx, mergeId), names);
        }));
    }

    @Override
    public RecordHistory merge(Customer result, String mergeId, String byStaffId, String approvedById) {
        return merge(ids.next(), result, mergeId, byStaffId, approvedById, clock.millis(), true);
    }

    /**
     * Applies a merge another device made (sync), under that merge's id and time: the same effects as
     * {@link #merge}, without the outbox row (it came from there) or the audit entry (it is that
     * device's). Joins the caller's transaction.
     */
    public RecordHistory mergeFromAnotherDevice(String mergeRowId, Customer result, String mergeId, String byStaffId,
            String approvedById, long at) {
        return merge(mergeRowId, result, mergeId, byStaffId, approvedById, at, false);
    }

    private RecordHistory merge(String mergeRowId, Customer result, String mergeId, String byStaffId,
            String approvedById, long now, boolean local) {
        String keepId = result.id();
        if (keepId.equals(mergeId)) {
            throw new MergeException(MergeException.Problem.SAME_CUSTOMER);
        }
        return refusalsAsThey(() -> db.write(ctx -> {
            Customer keepBefore = live(ctx, keepId);
            Customer mergeBefore = live(ctx, mergeId);
            String keepHeld = held(ctx, keepId);
            String mergeHeld = held(ctx, mergeId);
            checkNoReferralCircle(ctx, result.referredBy(), keepId, mergeId);
            RecordHistory moved = history(ctx, mergeId);

            newCustomerOnce(ctx, keepId, mergeId);
            // The tombstone first: the triggers let a row move only to the customer its record was merged into.
            ctx.update(CUSTOMER)
                    .set(CUSTOMER.MERGED_INTO, keepId)
                    .set(CUSTOMER.MERGED_AT, now)
                    .set(CUSTOMER.MERGED_BY, byStaffId != null ? byStaffId : approvedById)
                    .set(CUSTOMER.PHONE, (String) null)
                    .set(CUSTOMER.UPDATED_AT, now)
                    .where(CUSTOMER.ID.eq(mergeId)).execute();
            boolean clashResolved = keepHeld != null && (keepHeld.equals(mergeBefore.phone())
                    || keepHeld.equals(result.phone()));
            ctx.update(CUSTOMER)
                    .set(CUSTOMER.NAME, result.name())
                    .set(CUSTOMER.PHONE, result.phone())
                    .set(CUSTOMER.GENDER, result.gender())
                    .set(CUSTOMER.BIRTHDAY, result.birthday() == null ? null : result.birthday().toString())
                    .set(CUSTOMER.CONSENT, result.consent() ? 1 : 0)
                    .set(CUSTOMER.REFERRED_BY, result.referredBy())
                    .set(CUSTOMER.JOINED_ON, result.joinedOn().toString())
                    .set(CUSTOMER.HELD_PHONE, clashResolved ? null : keepHeld)
                    .set(CUSTOMER.UPDATED_AT, now)
                    .where(CUSTOMER.ID.eq(keepId)).execute();
            // The partner who brought the customer: the survivor keeps its own, or takes the merged one's.
            ctx.execute("UPDATE customer SET brought_by = (SELECT brought_by FROM customer WHERE id = ?)"
                    + " WHERE id = ? AND brought_by IS NULL", mergeId, keepId);
            for (String tag : result.tags()) {
                ctx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).values(keepId, tag)
                        .onConflictDoNothing().execute();
            }
            ctx.deleteFrom(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.eq(mergeId)).execute();
            // Both records may hold the same rule's open task for the same day: the survivor's one stays.
            ctx.execute("DELETE FROM care_task WHERE customer_id = ? AND status = 'open' AND EXISTS (SELECT 1"
                    + " FROM care_task k WHERE k.customer_id = ? AND k.rule_id = care_task.rule_id"
                    + " AND k.due_day = care_task.due_day)", mergeId, keepId);
            // A tombstone has no standing; the survivor's is recomputed with the next run.
            ctx.execute("DELETE FROM customer_segment WHERE customer_id = ?", mergeId);
            for (CustomerReferences.Reference r : CustomerReferences.MOVED) {
                ctx.execute("UPDATE " + r.table() + " SET " + r.column() + " = ? WHERE " + r.column() + " = ?"
                        + (r.table().equals("customer") ? " AND id <> ?" : ""),
                        r.table().equals("customer") ? new Object[] {keepId, mergeId, keepId}
                                : new Object[] {keepId, mergeId});
            }
            CustomerStatsRebuild.rebuild(ctx, mergeId);
            CustomerStatsRebuild.rebuild(ctx, keepId);

            String movedText = movedText(moved);
            ctx.insertInto(CUSTOMER_MERGE)
                    .set(CUSTOMER_MERGE.ID, mergeRowId)
                    .set(CUSTOMER_MERGE.MERGED_ID, mergeId)
                    .set(CUSTOMER_MERGE.SURVIVOR_ID, keepId)
                    .set(CUSTOMER_MERGE.AT, now)
                    .set(CUSTOMER_MERGE.MERGED_BY, byStaffId)
                    .set(CUSTOMER_MERGE.APPROVED_BY, approvedById)
                    .set(CUSTOMER_MERGE.MERGED_BEFORE, Json.customer(mergeBefore, mergeHeld))
                    .set(CUSTOMER_MERGE.SURVIVOR_BEFORE, Json.customer(keepBefore, keepHeld))
                    .set(CUSTOMER_MERGE.MOVED, movedText)
                    .execute();
            if (!local) {
                return moved;
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("merged", mergeId);
            payload.put("into", keepId);
            payload.put("at", now);
            payload.put("by", byStaffId);
            payload.put("approvedBy", approvedById);
            payload.put("survivor", new Json.Raw(Json.customer(result, null)));
            OutboxWriter outbox = new OutboxWriter(ctx);
            outbox.add(ids.next(), "customer.merge", mergeRowId, "insert", Json.object(payload), now);
            outbox.flush();
            ctx.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, ids.next())
                    .set(AUDIT_LOG.AT, now)
                    .set(AUDIT_LOG.STAFF_ID, byStaffId != null ? byStaffId : approvedById)
                    .set(AUDIT_LOG.ACTION, "customers.merge")
                    .set(AUDIT_LOG.ENTITY, "customer")
                    .set(AUDIT_LOG.ENTITY_ID, keepId)
                    .set(AUDIT_LOG.DETAIL, mergeBefore.name() + " (" + mergeId + ") merged into " + result.name()
                            + " (" + keepId + ")" + (approvedById == null ? "" : ", approved by " + approvedById)
                            + "; moved " + movedText)
                    .execute();
            return moved;
        }));
    }

    /** The store wraps what fails inside a transaction; a refused merge should reach the screen as itself. */
    private static <T> T refusalsAsThey(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MergeException refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }

    /**
     * Adds a customer another device created (the entry point for sync). Phone numbers are unique, and
     * two devices offline can each create the customer with the same number: then the arriving record is
     * kept without a phone, the number in held_phone, and the duplicates list pairs it with the record
     * that has it, for the owner to merge. Nothing is dropped and no sale of either device loses its
     * customer.
     *
     * @return true when the phone number was held back because another record has it
     */
    public boolean addFromAnotherDevice(Customer arrived) {
        return db.write(ctx -> {
            boolean taken = arrived.phone() != null && ctx.fetchExists(CUSTOMER,
                    CUSTOMER.PHONE.eq(arrived.phone()).and(CUSTOMER.ID.ne(arrived.id())));
            Customer stored = taken ? new Customer(arrived.id(), null, arrived.name(), arrived.gender(),
                    arrived.birthday(), arrived.tags(), arrived.referredBy(), arrived.consent(), arrived.joinedOn())
                    : arrived;
            customers.addArrived(List.of(stored));
            if (taken) {
                ctx.update(CUSTOMER).set(CUSTOMER.HELD_PHONE, arrived.phone()).where(CUSTOMER.ID.eq(arrived.id()))
                        .execute();
            }
            return taken;
        });
    }

    @Override
    public void markDistinct(String firstId, String secondId, String staffId) {
        boolean ordered = firstId.compareTo(secondId) < 0;
        db.write(ctx -> ctx.insertInto(CUSTOMER_DISTINCT)
                .set(CUSTOMER_DISTINCT.FIRST_ID, ordered ? firstId : secondId)
                .set(CUSTOMER_DISTINCT.SECOND_ID, ordered ? secondId : firstId)
                .set(CUSTOMER_DISTINCT.DECIDED_BY, staffId)
                .set(CUSTOMER_DISTINCT.DECIDED_AT, clock.millis())
                .onConflictDoNothing().execute());
    }

    /** A customer that exists and is no tombstone. */
    private static Customer live(DSLContext ctx, String id) {
        CustomerRecord r = ctx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOne();
        if (r == null) {
            throw new MergeException(MergeException.Problem.NOT_FOUND, id);
        }
        if (r.getMergedInto() != null) {
            throw new MergeException(MergeException.Problem.ALREADY_MERGED, r.getName());
        }
        Set<String> tags = new TreeSet<>(ctx.select(CUSTOMER_TAG.TAG).from(CUSTOMER_TAG)
                .where(CUSTOMER_TAG.CUSTOMER_ID.eq(id)).fetch(CUSTOMER_TAG.TAG));
        return new Customer(r.getId(), r.getPhone(), r.getName(), r.getGender(),
                r.getBirthday() == null ? null : LocalDate.parse(r.getBirthday()), tags, r.getReferredBy(),
                r.getConsent() == 1, LocalDate.parse(r.getJoinedOn()));
    }

    private static String held(DSLContext ctx, String id) {
        return ctx.select(CUSTOMER.HELD_PHONE).from(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOne(CUSTOMER.HELD_PHONE);
    }

    /** How many rows of each kind point at the customer, and their store credit balance. */
    private static RecordHistory history(DSLContext ctx, String id) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CustomerReferences.Reference r : CustomerReferences.MOVED) {
            counts.merge(r.what(), ((Number) ctx.fetchValue("SELECT COUNT(*) FROM " + r.table() + " WHERE "
                    + r.column() + " = ?", id)).longValue(), Long::sum);
        }
        Object credit = ctx.fetchValue("SELECT COALESCE(SUM(amount_minor), 0) FROM store_credit WHERE customer_id = ?",
                id);
        return new RecordHistory(counts, credit instanceof Number n ? n.longValue() : new BigDecimal(
                String.valueOf(credit)).longValue());
    }

    /**
     * Once merged, the two records are one customer with one first sale: the later of the two first sales
     * no longer counts as a new customer's on its day (rollup_day.new_customer_sales), as the raw
     * definition of the rollup now says.
     */
    private static void newCustomerOnce(DSLContext ctx, String keepId, String mergeId) {
        FirstSale a = firstSale(ctx, keepId);
        FirstSale b = firstSale(ctx, mergeId);
        if (a == null || b == null) {
            return;
        }
        boolean aFirst = a.at() < b.at() || (a.at() == b.at() && a.id().compareTo(b.id()) < 0);
        ctx.execute("UPDATE rollup_day SET new_customer_sales = new_customer_sales - 1 WHERE business_day = ?",
                aFirst ? b.day() : a.day());
    }

    private record FirstSale(String id, long at, String day) {
    }

    private static FirstSale firstSale(DSLContext ctx, String customerId) {
        return ctx.resultQuery("SELECT id, created_at, business_day FROM sale WHERE customer_id = ? AND kind = 'sale'"
                + " ORDER BY created_at, id LIMIT 1", customerId).fetchOptional()
                .map(r -> new FirstSale(r.get(0, String.class), r.get(1, Long.class), r.get(2, String.class)))
                .orElse(null);
    }

    /**
     * Refuses a "referred by" that would lead back to the survivor once the merged record's referrals
     * point at it (A referred by C, C referred by the merged B, B becoming A: A would refer itself).
     */
    private static void checkNoReferralCircle(DSLContext ctx, String referrer, String keepId, String mergeId) {
        Map<String, String> seen = new HashMap<>();
        String at = referrer;
        while (at != null) {
            if (at.equals(keepId) || at.equals(mergeId) || seen.containsKey(at)) {
                throw new MergeException(MergeException.Problem.REFERRAL_CIRCLE);
            }
            String next = ctx.select(CUSTOMER.REFERRED_BY).from(CUSTOMER).where(CUSTOMER.ID.eq(at))
                    .fetchOne(CUSTOMER.REFERRED_BY);
            seen.put(at, next);
            at = next;
        }
    }

    private static String movedText(RecordHistory moved) {
        StringBuilder s = new StringBuilder();
        moved.references().forEach((what, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(what));
        return s.append(", store credit ").append(moved.creditMinor()).toString();
    }
}
