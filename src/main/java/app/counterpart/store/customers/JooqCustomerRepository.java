package app.counterpart.store.customers;

import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.CUSTOMER_TAG;
import static app.counterpart.store.jooq.Tables.STORE_CREDIT;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRules;
import app.counterpart.core.customers.profile.ProfileEdit;
import app.counterpart.core.customers.CustomerRepository;
import app.counterpart.store.Database;
import app.counterpart.store.outbox.JsonText;
import app.counterpart.store.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.BatchBindStep;
import org.jooq.Condition;

public final class JooqCustomerRepository implements CustomerRepository {

    private final Database db;
    private final Clock clock;
    private final IdGenerator ids;

    public JooqCustomerRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.ids = IdGenerator.secure(clock);
    }

    @Override
    public List<Customer> customers() {
        return db.read(ctx -> {
            Map<String, List<String>> tags = ctx.selectFrom(CUSTOMER_TAG).orderBy(CUSTOMER_TAG.TAG)
                    .fetchGroups(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG);
            // Merged records are tombstones (ADR 0017): kept for the record, never listed.
            return ctx.selectFrom(CUSTOMER).where(CUSTOMER.MERGED_INTO.isNull())
                    .orderBy(CUSTOMER.JOINED_ON.desc(), CUSTOMER.NAME)
                    .fetch(r -> new Customer(r.getId(), r.getPhone(), r.getName(), r.getGender(),
                            r.getBirthday() == null ? null : LocalDate.parse(r.getBirthday()),
                            Set.copyOf(tags.getOrDefault(r.getId(), List.of())), r.getReferredBy(),
                            r.getConsent() == 1, LocalDate.parse(r.getJoinedOn())));
        });
    }

    /**
     * Adds customers and queues each one's creation for head office in the same transaction, with all
     * its fields, so the shop's other devices get the customer before the sales that name it.
     */
    @Override
    public void addAll(Collection<Customer> customers) {
        insert(customers, true);
    }

    /** Adds customers another device created (sync): not queued, that device has sent them. */
    void addArrived(Collection<Customer> customers) {
        insert(customers, false);
    }

    private void insert(Collection<Customer> customers, boolean queue) {
        long now = clock.millis();
        db.write(ctx -> {
            BatchBindStep rows = ctx.batch(ctx.insertInto(CUSTOMER, CUSTOMER.ID, CUSTOMER.PHONE, CUSTOMER.NAME,
                    CUSTOMER.GENDER, CUSTOMER.BIRTHDAY, CUSTOMER.REFERRED_BY, CUSTOMER.CONSENT, CUSTOMER.JOINED_ON,
                    CUSTOMER.CREATED_AT, CUSTOMER.UPDATED_AT)
                    .values((String) null, null, null, null, null, null, null, null, null, null));
            BatchBindStep tags = ctx.batch(ctx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG)
                    .values((String) null, null));
            int tagCount = 0;
            for (Customer c : customers) {
                rows.bind(c.id(), c.phone(), c.name(), c.gender(),
                        c.birthday() == null ? null : c.birthday().toString(), c.referredBy(), c.consent() ? 1 : 0,
                        c.joinedOn().toString(), now, now);
                for (String tag : c.tags()) {
                    tags.bind(c.id(), tag);
                    tagCount++;
                }
            }
            if (!customers.isEmpty()) {
                rows.execute();
            }
            if (tagCount > 0) {
                tags.execute();
            }
            if (queue && !customers.isEmpty()) {
                OutboxWriter outbox = new OutboxWriter(ctx);
                for (Customer c : customers) {
                    outbox.add(ids.next(), "customer", c.id(), "upsert", creation(c, now), now);
                }
                outbox.flush();
            }
            return null;
        });
    }

    /** Every field of a new customer, in the shape of a profile edit's payload (fields as ProfileEdit names them). */
    private static String creation(Customer c, long now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(CustomerRules.NAME, c.name());
        fields.put(ProfileEdit.PHONE, c.phone());
        fields.put(CustomerRules.GENDER, c.gender());
        fields.put(CustomerRules.BIRTHDAY, c.birthday() == null ? null : c.birthday().toString());
        fields.put(CustomerRules.TAGS, c.tags().isEmpty() ? null : String.join("|", new TreeSet<>(c.tags())));
        fields.put("referred_by", c.referredBy());
        fields.put(ProfileEdit.CONSENT, String.valueOf(c.consent()));
        fields.put(CustomerRules.JOINED, c.joinedOn().toString());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("fields", fields);
        payload.put("at", now);
        payload.put("by", null);
        return JsonText.object(payload);
    }

    @Override
    public int count() {
        return db.read(ctx -> ctx.fetchCount(CUSTOMER, CUSTOMER.MERGED_INTO.isNull()));
    }

    @Override
    public Optional<Customer> byPhone(String phone) {
        return one(CUSTOMER.PHONE.eq(phone));
    }

    @Override
    public Optional<Customer> byId(String id) {
        return one(CUSTOMER.ID.eq(id));
    }

    private Optional<Customer> one(Condition where) {
        return db.read(ctx -> ctx.selectFrom(CUSTOMER).where(where).fetchOptional(r -> new Customer(r.getId(),
                r.getPhone(), r.getName(), r.getGender(),
                r.getBirthday() == null ? null : LocalDate.parse(r.getBirthday()),
                Set.copyOf(ctx.select(CUSTOMER_TAG.TAG).from(CUSTOMER_TAG)
                        .where(CUSTOMER_TAG.CUSTOMER_ID.eq(r.getId())).fetch(CUSTOMER_TAG.TAG)),
                r.getReferredBy(), r.getConsent() == 1, LocalDate.parse(r.getJoinedOn()))));
    }

    @Override
    public void topUpStoreCredit(Map<String, Long> amountsByCustomer, Instant at) {
        db.write(ctx -> {
            for (Map.Entry<String, Long> e : amountsByCustomer.entrySet()) {
                ctx.insertInto(STORE_CREDIT)
                        .set(STORE_CREDIT.ID, "sc-topup-" + e.getKey() + "-" + at.toEpochMilli())
                        .set(STORE_CREDIT.CUSTOMER_ID, e.getKey())
                        .set(STORE_CREDIT.AMOUNT_MINOR, e.getValue())
                        .set(STORE_CREDIT.KIND, "top_up")
                        .set(STORE_CREDIT.AT, at.toEpochMilli())
                        .execute();
            }
            return null;
        });
    }
}
