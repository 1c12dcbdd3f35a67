package app.counterpart.store.customers;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.CUSTOMER_TAG;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.customers.csv.CustomerImportPlan;
import app.counterpart.core.customers.csv.CustomerImportStore;
import app.counterpart.core.customers.csv.PlannedCustomer;
import app.counterpart.store.Database;
import app.counterpart.store.StoreException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Applies a customer import plan in one transaction: the new customers through the customer
 * repository (referrers first, so the store's referral check holds on every insert), then the changed
 * customers and their tags, then one "customers.import" audit entry. The repository's writes join this
 * transaction (ADR 0006), so a failure anywhere leaves the customers as they were.
 */
public final class JooqCustomerImport implements CustomerImportStore {

    private final Database db;
    private final JooqCustomerRepository customers;
    private final Clock clock;
    private final IdGenerator ids;

    /** Over its own repository on the same database, which is what lets the repository's writes join ours. */
    public JooqCustomerImport(Database db, Clock clock) {
        this.db = db;
        this.customers = new JooqCustomerRepository(db, clock);
        this.clock = clock;
        this.ids = IdGenerator.secure(clock);
    }

    @Override
    public void apply(CustomerImportPlan plan, String staffId) {
        db.write(ctx -> {
            checkStillApplies(plan);
            customers.addAll(plan.newCustomersReferrersFirst());
            update(ctx, plan.updates());
            audit(ctx, staffId, "customers.import", plan.source() + " (" + plan.encoding() + "): " + plan.rowsRead()
                    + " rows, " + plan.creates().size() + " new, " + plan.updates().size() + " updated, "
                    + plan.unchanged() + " unchanged, " + plan.rejectedRows() + " rejected");
            return null;
        });
    }

    @Override
    public void recordExport(int count, String target, String staffId, String approvedById) {
        db.write(ctx -> {
            audit(ctx, staffId, "customers.export", count + " customers with their phone numbers to " + target
                    + (approvedById == null ? "" : ", approved by " + approvedById));
            return null;
        });
    }

    /** The changed fields of each updated customer; tags are replaced only where they changed. */
    private void update(DSLContext ctx, List<PlannedCustomer> updates) {
        if (updates.isEmpty()) {
            return;
        }
        long now = clock.millis();
        BatchBindStep rows = ctx.batch(ctx.update(CUSTOMER)
                .set(CUSTOMER.NAME, (String) null)
                .set(CUSTOMER.GENDER, (String) null)
                .set(CUSTOMER.BIRTHDAY, (String) null)
                .set(CUSTOMER.REFERRED_BY, (String) null)
                .set(CUSTOMER.CONSENT, (Integer) null)
                .set(CUSTOMER.JOINED_ON, (String) null)
                .set(CUSTOMER.UPDATED_AT, (Long) null)
                .where(CUSTOMER.ID.eq((String) null)));
        BatchBindStep dropTags = ctx.batch(ctx.deleteFrom(CUSTOMER_TAG)
                .where(CUSTOMER_TAG.CUSTOMER_ID.eq((String) null)));
        BatchBindStep addTags = ctx.batch(ctx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG)
                .values((String) null, null));
        int tagChanges = 0;
        int newTags = 0;
        for (PlannedCustomer update : updates) {
            Customer c = update.after();
            rows.bind(c.name(), c.gender(), c.birthday() == null ? null : c.birthday().toString(), c.referredBy(),
                    c.consent() ? 1 : 0, c.joinedOn().toString(), now, c.id());
            if (!c.tags().equals(update.before().tags())) {
                dropTags.bind(c.id());
                tagChanges++;
                for (String tag : c.tags()) {
                    addTags.bind(c.id(), tag);
                    newTags++;
                }
            }
        }
        rows.execute();
        if (tagChanges > 0) {
            dropTags.execute();
        }
        if (newTags > 0) {
            addTags.execute();
        }
    }

    /**
     * Refuses a plan that no longer fits the customers, so that what is written is what the check
     * showed. Reads through the repository's reader connections: while this write transaction holds
     * SQLite's write lock nobody can commit, so they see exactly the state this transaction started from.
     */
    private void checkStillApplies(CustomerImportPlan plan) {
        Map<String, Customer> byPhone = new HashMap<>();
        Map<String, Customer> byId = new HashMap<>();
        for (Customer c : customers.customers()) {
            byId.put(c.id(), c);
            if (c.phone() != null) {
                byPhone.put(Phones.normalize(c.phone()).orElse(c.phone()), c);
            }
        }
        for (PlannedCustomer create : plan.creates()) {
            if (byPhone.containsKey(create.after().phone())) {
                throw stale("a customer with phone " + create.after().phone() + " was added");
            }
        }
        for (PlannedCustomer update : plan.updates()) {
            Customer now = byId.get(update.before().id());
            if (now == null || !PlannedCustomer.changedColumns(update.before(), now).isEmpty()) {
                throw stale("the customer with phone " + update.before().phone() + " was changed");
            }
        }
    }

    private void audit(DSLContext ctx, String staffId, String action, String detail) {
        ctx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, ids.next())
                .set(AUDIT_LOG.AT, clock.millis())
                .set(AUDIT_LOG.STAFF_ID, staffId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, "customer")
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }

    private static StoreException stale(String what) {
        return new StoreException("Nothing was imported: " + what + " since the file was checked. Check it again.",
                null);
    }
}
