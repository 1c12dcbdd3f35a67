package app.counterpart.store.customers;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.CUSTOMER_SEGMENT;
import static app.counterpart.store.jooq.Tables.CUSTOMER_STATS;
import static app.counterpart.store.jooq.Tables.CUSTOMER_TAG;
import static app.counterpart.store.jooq.Tables.PRODUCT;
import static app.counterpart.store.jooq.Tables.SALE;
import static app.counterpart.store.jooq.Tables.SALE_LINE;
import static app.counterpart.store.jooq.Tables.STORE_CREDIT;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.customers.profile.CustomerProfile;
import app.counterpart.core.customers.profile.FavouriteProduct;
import app.counterpart.core.customers.profile.ProfileEdit;
import app.counterpart.core.customers.profile.ProfileFigures;
import app.counterpart.core.customers.profile.ProfileRefused;
import app.counterpart.core.customers.profile.ProfileRepository;
import app.counterpart.core.customers.profile.Purchase;
import app.counterpart.core.customers.profile.PurchaseHistory;
import app.counterpart.core.customers.segments.CustomerSegment;
import app.counterpart.core.customers.segments.RfmSegment;
import app.counterpart.store.Database;
import app.counterpart.store.StoreException;
import app.counterpart.store.outbox.JsonText;
import app.counterpart.store.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A customer's profile: the contact with tags and referrer, figures from {@code customer_stats}, the
 * store credit ledger and the sale lines (favourites net of refunds), the stored segment, and the
 * purchase history; and the contact's changes, written with their outbox and audit rows.
 */
public final class JooqProfileRepository implements ProfileRepository {

    private final Database db;
    private final JooqCustomerRepository customers;
    private final Clock clock;
    private final IdGenerator ids;

    public JooqProfileRepository(Database db, Clock clock) {
        this.db = db;
        this.customers = new JooqCustomerRepository(db, clock);
        this.clock = clock;
        this.ids = IdGenerator.secure(clock);
    }

    @Override
    public Optional<CustomerProfile> profile(String customerId) {
        Optional<Customer> found = customers.byId(customerId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Customer customer = found.get();
        return Optional.of(db.read(ctx -> {
            String referrer = customer.referredBy() == null ? null : ctx.select(CUSTOMER.NAME).from(CUSTOMER)
                    .where(CUSTOMER.ID.eq(customer.referredBy())).fetchOne(CUSTOMER.NAME);
            var stats = ctx.selectFrom(CUSTOMER_STATS).where(CUSTOMER_STATS.CUSTOMER_ID.eq(customerId)).fetchOne();
            Long credit = ctx.select(DSL.sum(STORE_CREDIT.AMOUNT_MINOR).cast(Long.class)).from(STORE_CREDIT)
                    .where(STORE_CREDIT.CUSTOMER_ID.eq(customerId)).fetchOne(0, Long.class);
            Field<Long> quantity = DSL.sum(SALE_LINE.QUANTITY).cast(Long.class).as("quantity");
            List<FavouriteProduct> favourites = ctx.select(PRODUCT.ID, PRODUCT.NAME, PRODUCT.NAME_ZH, quantity)
                    .from(SALE).join(SALE_LINE).on(SALE_LINE.SALE_ID.eq(SALE.ID))
                    .join(PRODUCT).on(PRODUCT.ID.eq(SALE_LINE.PRODUCT_ID))
                    .where(SALE.CUSTOMER_ID.eq(customerId))
                    .groupBy(PRODUCT.ID, PRODUCT.NAME, PRODUCT.NAME_ZH)
                    .having(DSL.sum(SALE_LINE.QUANTITY).gt(java.math.BigDecimal.ZERO))
                    .orderBy(quantity.desc(), PRODUCT.NAME)
                    .limit(ProfileFigures.FAVOURITES)
                    .fetch(r -> new FavouriteProduct(r.value1(), r.value2(), r.value3(), r.value4()));
            ProfileFigures figures = new ProfileFigures(stats == null ? 0 : stats.getRevenueMinor(),
                    stats == null ? 0 : stats.getVisits(),
                    stats == null || stats.getFirstSaleAt() == null ? null : Instant.ofEpochMilli(stats.getFirstSaleAt()),
                    stats == null || stats.getLastSaleAt() == null ? null : Instant.ofEpochMilli(stats.getLastSaleAt()),
                    credit == null ? 0 : credit, favourites);
            var segment = ctx.selectFrom(CUSTOMER_SEGMENT).where(CUSTOMER_SEGMENT.CUSTOMER_ID.eq(customerId))
                    .fetchOne();
            CustomerSegment stored = segment == null ? null : new CustomerSegment(customerId,
                    segment.getR() == null ? 0 : segment.getR(), segment.getF() == null ? 0 : segment.getF(),
                    segment.getM() == null ? 0 : segment.getM(),
                    segment.getSegment() == null ? null : RfmSegment.ofCode(segment.getSegment()),
                    LifecycleStage.ofCode(segment.getStage()));
            return new CustomerProfile(customer, referrer, figures, stored,
                    segment == null ? null : Instant.ofEpochMilli(segment.getComputedAt()));
        }));
    }

    @Override
    public PurchaseHistory purchases(String customerId, int limit) {
        return db.read(ctx -> {
            List<Purchase> latest = ctx.select(SALE.ID, SALE.CREATED_AT, SALE.NUMBER, SALE.KIND, SALE.ITEM_COUNT,
                            SALE.TOTAL_MINOR)
                    .from(SALE).where(SALE.CUSTOMER_ID.eq(customerId))
                    .orderBy(SALE.CREATED_AT.desc(), SALE.ID.desc()).limit(limit)
                    .fetch(r -> new Purchase(r.value1(), Instant.ofEpochMilli(r.value2()), r.value3(), r.value4(),
                            r.value5(), r.value6()));
            int total = ctx.fetchCount(SALE, SALE.CUSTOMER_ID.eq(customerId));
            return new PurchaseHistory(latest, total);
        });
    }

    @Override
    public void save(Customer before, Customer after, String staffId) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a profile saves one customer: " + before.id() + " is not " + after.id());
        }
        Map<String, String> changes = ProfileEdit.changes(before, after);
        if (changes.isEmpty()) {
            return;
        }
        long now = clock.millis();
        try {
            write(before, after, staffId, changes, now);
        } catch (StoreException e) {
            // The transaction wraps what it rolled back for; a refusal is ours to hand on as it is.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ProfileRefused refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }

    private void write(Customer before, Customer after, String staffId, Map<String, String> changes, long now) {
        db.write(ctx -> {
            Customer stored = current(ctx, before.id());
            if (!stored.equals(before)) {
                throw new ProfileRefused(ProfileRefused.Reason.CHANGED_MEANWHILE, null, null,
                        "Nothing was saved: someone else changed this customer since the profile was opened."
                                + " Open it again.");
            }
            if (changes.containsKey(ProfileEdit.PHONE) && after.phone() != null) {
                String holder = ctx.select(CUSTOMER.NAME).from(CUSTOMER)
                        .where(CUSTOMER.PHONE.eq(after.phone()).and(CUSTOMER.ID.ne(after.id())))
                        .fetchOne(CUSTOMER.NAME);
                if (holder != null) {
                    throw new ProfileRefused(ProfileRefused.Reason.PHONE_TAKEN, ProfileEdit.PHONE, holder,
                            "phone " + after.phone() + " belongs to " + holder);
                }
            }
            ctx.update(CUSTOMER)
                    .set(CUSTOMER.NAME, after.name())
                    .set(CUSTOMER.PHONE, after.phone())
                    .set(CUSTOMER.GENDER, after.gender())
                    .set(CUSTOMER.BIRTHDAY, after.birthday() == null ? null : after.birthday().toString())
                    .set(CUSTOMER.REFERRED_BY, after.referredBy())
                    .set(CUSTOMER.CONSENT, after.consent() ? 1 : 0)
                    .set(CUSTOMER.JOINED_ON, after.joinedOn().toString())
                    .set(CUSTOMER.UPDATED_AT, now)
                    .where(CUSTOMER.ID.eq(after.id()))
                    .execute();
            if (changes.containsKey("tags")) {
                ctx.deleteFrom(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.eq(after.id())).execute();
                for (String tag : after.tags()) {
                    ctx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).values(after.id(), tag)
                            .execute();
                }
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("fields", changes);
            payload.put("at", now);
            payload.put("by", staffId);
            OutboxWriter outbox = new OutboxWriter(ctx);
            outbox.add(ids.next(), "customer", after.id(), "upsert", JsonText.object(payload), now);
            outbox.flush();
            ctx.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, ids.next())
                    .set(AUDIT_LOG.AT, now)
                    .set(AUDIT_LOG.STAFF_ID, staffId)
                    .set(AUDIT_LOG.ACTION, "customer.edit")
                    .set(AUDIT_LOG.ENTITY, "customer")
                    .set(AUDIT_LOG.ENTITY_ID, after.id())
                    // Field names only: the audit log is read by more people than may read phone numbers.
                    .set(AUDIT_LOG.DETAIL, "changed " + String.join(", ", changes.keySet()))
                    .execute();
            return null;
        });
    }

    /** The stored customer, read on the writer inside the transaction, so nobody can change it before we write. */
    private static Customer current(DSLContext ctx, String id) {
        var r = ctx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOptional().orElseThrow(
                () -> new ProfileRefused(ProfileRefused.Reason.GONE, null, null,
                        "Nothing was saved: this customer is no longer in the store (merged with another?)."));
        return new Customer(r.getId(), r.getPhone(),
                r.getName(), r.getGender(), r.getBirthday() == null ? null : java.time.LocalDate.parse(r.getBirthday()),
                java.util.Set.copyOf(ctx.select(CUSTOMER_TAG.TAG).from(CUSTOMER_TAG)
                        .where(CUSTOMER_TAG.CUSTOMER_ID.eq(id)).fetch(CUSTOMER_TAG.TAG)),
                r.getReferredBy(), r.getConsent() == 1, java.time.LocalDate.parse(r.getJoinedOn()));
    }
}
