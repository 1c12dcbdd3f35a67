package app.counterpart.ui.customers.profile;

import static app.counterpart.store.jooq.Tables.AUDIT_LOG;
import static app.counterpart.store.jooq.Tables.CUSTOMER;
import static app.counterpart.store.jooq.Tables.CUSTOMER_STATS;
import static app.counterpart.store.jooq.Tables.OUTBOX;
import static app.counterpart.store.jooq.Tables.SALE;
import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.common.Money;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.customers.segments.SegmentRecompute;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.SameThreadTaskExecutor;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.Theme;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.profile.ProfileViewModel.Figure;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile against a real demo store with 60 days of sales, background work run in place. */
class ProfileViewModelTest {

    @TempDir
    Path dir;
    DemoFixture store;
    MutableClock clock;
    Shop shop;
    String owner;
    AtomicInteger saved = new AtomicInteger();

    @BeforeEach
    void openDemoStore() {
        clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 27), 60);
        shop = store.shops.shop().orElseThrow();
        owner = store.staff.staff().stream().filter(s -> s.role() == Role.OWNER).map(Staff::id).findFirst()
                .orElseThrow();
        new SegmentRecompute(store.segments, store.lifecycleRules, shop.calendar(), clock, new EventBus(e -> {
            throw e;
        })).recompute();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ProfileViewModel model(Role role, Locale locale) {
        UiContext ui = new UiContext(new SameThreadTaskExecutor(), Runnable::run, new EventBus(e -> { }),
                new I18n(locale), Theme.LIGHT, clock);
        return new ProfileViewModel(store.profiles, ui, role, shop.currency(), shop.calendar(), () -> owner,
                saved::incrementAndGet);
    }

    /** A customer with at least this many and at most that many visits. */
    private String customerWithVisits(int min, int max) {
        return store.db.read(ctx -> ctx.select(CUSTOMER_STATS.CUSTOMER_ID).from(CUSTOMER_STATS)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_STATS.CUSTOMER_ID))
                .where(CUSTOMER_STATS.VISITS.between(min, max)).and(CUSTOMER.PHONE.isNotNull())
                .orderBy(CUSTOMER_STATS.VISITS.desc(), CUSTOMER_STATS.CUSTOMER_ID).limit(1).fetchSingle().value1());
    }

    private String figure(ProfileViewModel model, String key) {
        return model.figures().stream().filter(f -> f.labelKey().equals(key)).map(Figure::value).findFirst()
                .orElseThrow();
    }

    private int outboxRows() {
        return store.db.read(ctx -> ctx.fetchCount(OUTBOX, OUTBOX.ENTITY.eq("customer")));
    }

    @Test
    void loadsTheContactFiguresSegmentAndHistoryOfARegular() {
        String id = customerWithVisits(3, 1000);
        Customer customer = store.customers.byId(id).orElseThrow();
        var stats = store.db.read(ctx -> ctx.selectFrom(CUSTOMER_STATS).where(CUSTOMER_STATS.CUSTOMER_ID.eq(id))
                .fetchSingle());
        int sales = store.db.read(ctx -> ctx.fetchCount(SALE, SALE.CUSTOMER_ID.eq(id)));
        ProfileViewModel model = model(Role.OWNER, I18n.ENGLISH);

        model.load(id);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo(customer.name());
        assertThat(model.nameProperty().get()).isEqualTo(customer.name());
        assertThat(model.phoneProperty().get()).isEqualTo(customer.phone());
        assertThat(figure(model, "profile.figure.visits")).isEqualTo(String.valueOf(stats.getVisits()));
        assertThat(figure(model, "profile.figure.ltv"))
                .isEqualTo(Money.format(stats.getRevenueMinor(), shop.currency(), I18n.ENGLISH));
        assertThat(figure(model, "profile.figure.frequency")).matches("\\d+\\.\\d");
        assertThat(model.figures()).allSatisfy(f -> assertThat(f.hint()).isNull());
        assertThat(model.stageProperty().get()).startsWith("Stage: ").doesNotContain(ProfileViewModel.DASH);
        assertThat(model.segmentProperty().get()).startsWith("RFM: ").doesNotContain(ProfileViewModel.DASH);
        assertThat(model.scoresProperty().get()).matches("R [1-5] · F [1-5] · M [1-5]");
        assertThat(model.favourites()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(model.favourites()).isSortedAccordingTo((a, b) -> Long.compare(b.quantity(), a.quantity()));
        assertThat(model.purchases()).hasSize(Math.min(sales, ProfileViewModel.HISTORY));
        assertThat(model.purchasesShownProperty().get())
                .isEqualTo("Showing the latest " + model.purchases().size() + " of " + sales
                        + " purchases, refunds and voids.");
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void withOneVisitHowOftenTheyComeIsADashWithTheReason() {
        String id = customerWithVisits(1, 1);
        ProfileViewModel model = model(Role.OWNER, I18n.ENGLISH);

        model.load(id);

        Figure frequency = model.figures().stream().filter(f -> f.labelKey().equals("profile.figure.frequency"))
                .findFirst().orElseThrow();
        assertThat(frequency.value()).isEqualTo(ProfileViewModel.DASH);
        assertThat(frequency.hint()).isEqualTo("Needs at least two visits to say how often the customer comes.");
    }

    @Test
    void anEditIsSavedWithItsTagsAnOutboxRowAndAnAuditRow() {
        String id = customerWithVisits(2, 1000);
        ProfileViewModel model = model(Role.OWNER, I18n.ENGLISH);
        model.load(id);
        int outboxBefore = outboxRows();

        model.nameProperty().set("Mei Chen (Aunt Mei)");
        model.tagsProperty().set("regular, oat milk");
        model.consentProperty().set(!model.consentProperty().get());
        assertThat(model.changedProperty().get()).isTrue();
        assertThat(model.save()).isTrue();

        Customer after = store.customers.byId(id).orElseThrow();
        assertThat(after.name()).isEqualTo("Mei Chen (Aunt Mei)");
        assertThat(after.tags()).containsExactlyInAnyOrder("regular", "oat milk");
        assertThat(model.messageProperty().get()).isEqualTo("Saved.");
        assertThat(model.titleProperty().get()).isEqualTo("Mei Chen (Aunt Mei)");
        assertThat(model.changedProperty().get()).isFalse();
        assertThat(saved).hasValue(1);
        assertThat(outboxRows()).isEqualTo(outboxBefore + 1);
        String payload = store.db.read(ctx -> ctx.select(OUTBOX.PAYLOAD).from(OUTBOX)
                .where(OUTBOX.ENTITY.eq("customer").and(OUTBOX.ENTITY_ID.eq(id))).orderBy(OUTBOX.SEQ.desc()).limit(1)
                .fetchSingle().value1());
        assertThat(payload).startsWith("{\"fields\":{\"name\":\"Mei Chen (Aunt Mei)\",\"tags\":\"oat milk|regular\","
                + "\"consent\":\"" + after.consent() + "\"},\"at\":" + clock.millis() + ",\"by\":\"" + owner + "\"}");
        var audit = store.db.read(ctx -> ctx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("customer.edit"))
                .fetchSingle());
        assertThat(audit.getEntityId()).isEqualTo(id);
        assertThat(audit.getStaffId()).isEqualTo(owner);
        assertThat(audit.getDetail()).isEqualTo("changed name, tags, consent");
    }

    @Test
    void anInvalidPhoneIsRefusedWithAMessageNamingTheFieldAndNothingIsWritten() {
        String id = customerWithVisits(2, 1000);
        Customer before = store.customers.byId(id).orElseThrow();
        ProfileViewModel model = model(Role.OWNER, I18n.ENGLISH);
        model.load(id);
        int outboxBefore = outboxRows();

        model.phoneProperty().set("138-12ab");
        model.nameProperty().set(" ");

        assertThat(model.save()).isFalse();
        assertThat(model.problemProperty("phone").get()).startsWith("Phone:");
        assertThat(model.problemProperty("name").get()).startsWith("Name:");
        assertThat(model.problemProperty("tags").get()).isEmpty();
        assertThat(store.customers.byId(id)).contains(before);
        assertThat(outboxRows()).isEqualTo(outboxBefore);

        model.phoneProperty().set("+86 138 0000 1111");
        model.nameProperty().set(before.name());
        assertThat(model.save()).isTrue();
        assertThat(model.problemProperty("phone").get()).isEmpty();
        assertThat(store.customers.byId(id).orElseThrow().phone()).isEqualTo(Phones.normalize("+8613800001111").get());
    }

    @Test
    void aPhoneNumberOfAnotherCustomerIsRefusedNamingThemInChinese() {
        List<Customer> customers = store.customers.customers().stream().filter(c -> c.phone() != null).toList();
        Customer other = customers.get(1);
        ProfileViewModel model = model(Role.OWNER, I18n.CHINESE);
        model.load(customers.get(0).id());

        model.phoneProperty().set(other.phone());

        assertThat(model.save()).isTrue();
        assertThat(model.problemProperty("phone").get()).isEqualTo("手机号：该号码已属于 " + other.name() + "。");
        assertThat(store.customers.byId(customers.get(0).id())).contains(customers.get(0));
    }

    @Test
    void aCashierSeesThePhoneMaskedCannotChangeItAndKeepsItWhenSaving() {
        String id = customerWithVisits(2, 1000);
        Customer before = store.customers.byId(id).orElseThrow();
        ProfileViewModel model = model(Role.CASHIER, I18n.ENGLISH);
        model.load(id);

        assertThat(model.phoneProperty().get()).isEqualTo(Phones.mask(before.phone()));
        assertThat(model.phoneEditable()).isFalse();
        model.birthdayProperty().set(LocalDate.of(1990, 2, 3));
        assertThat(model.save()).isTrue();

        Customer after = store.customers.byId(id).orElseThrow();
        assertThat(after.phone()).isEqualTo(before.phone());
        assertThat(after.birthday()).isEqualTo(LocalDate.of(1990, 2, 3));
    }

    @Test
    void aBirthdayInTheFutureIsTheBirthdaysProblem() {
        String id = customerWithVisits(2, 1000);
        ProfileViewModel model = model(Role.OWNER, I18n.ENGLISH);
        model.load(id);

        model.birthdayProperty().set(LocalDate.of(2030, 1, 1));

        assertThat(model.save()).isFalse();
        assertThat(model.problemProperty("birthday").get()).startsWith("Birthday:");
    }
}
