package app.counterpart.store;

import static app.counterpart.store.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.profile.CustomerProfile;
import app.counterpart.core.customers.profile.FavouriteProduct;
import app.counterpart.core.customers.profile.ProfileRefused;
import app.counterpart.core.customers.profile.Purchase;
import app.counterpart.core.customers.profile.PurchaseHistory;
import app.counterpart.core.sales.Sale;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.MutableClock;
import app.counterpart.testing.TestSales;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new customer's profile on a real store as they buy, get a refund, and have their record changed. */
class ProfileStoreTest {

    @TempDir
    Path dir;
    MutableClock clock;
    DemoFixture store;
    Customer ming;

    @BeforeEach
    void openDemoStore() {
        clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        store = new DemoFixture(dir, clock);
        store.installDemo(LocalDate.of(2026, 11, 26), 1);
        ming = new Customer(IdGenerator.secure(clock).next(), "13900001234", "李明", "M", null, Set.of("vip"), null,
                true, LocalDate.of(2026, 11, 1));
        store.customers.addAll(List.of(ming));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Sale forMing(Sale sale) {
        return new Sale(sale.id(), sale.number(), sale.kind(), sale.originalSaleId(), sale.deviceId(), sale.shiftId(),
                sale.cashierId(), sale.servedById(), ming.id(), sale.createdAt(), sale.businessDay(), sale.hour(),
                sale.currency(), sale.subtotalMinor(), sale.discountMinor(), sale.taxMinor(), sale.totalMinor(),
                sale.costMinor(), sale.itemCount(), sale.lines(), sale.payments());
    }

    @Test
    void aCustomerWhoNeverBoughtHasNoFiguresToAverage() {
        CustomerProfile profile = store.profiles.profile(ming.id()).orElseThrow();

        assertThat(profile.customer()).isEqualTo(ming);
        assertThat(profile.figures().visits()).isZero();
        assertThat(profile.figures().averageTicketMinor()).isEmpty();
        assertThat(profile.figures().daysBetweenVisits()).isEmpty();
        assertThat(profile.figures().favourites()).isEmpty();
        assertThat(profile.segment()).isNull();
        assertThat(store.profiles.purchases(ming.id(), 10)).isEqualTo(new PurchaseHistory(List.of(), 0));
    }

    @Test
    void favouritesCountWhatWasKeptAndTheHistoryListsRefundsNewestFirst() {
        List<Product> products = store.catalog.products();
        Product croissant = products.get(0);
        Product tea = products.get(1);
        TestSales sales = new TestSales(store);
        Map<Product, Integer> first = new LinkedHashMap<>();
        first.put(croissant, 3);
        first.put(tea, 1);
        Sale one = forMing(sales.sale(first, clock.instant()));
        clock.advance(Duration.ofDays(6));
        Sale two = forMing(sales.sale(Map.of(tea, 1), clock.instant()));
        clock.advance(Duration.ofHours(1));
        Sale refund = forMing(sales.refund(one, List.of(one.lines().get(0)), clock.instant()));
        store.sales.commit(List.of(one, two, refund));

        CustomerProfile profile = store.profiles.profile(ming.id()).orElseThrow();

        assertThat(profile.figures().favourites()).containsExactly(
                new FavouriteProduct(tea.id(), tea.name(), tea.nameZh(), 2));
        assertThat(profile.figures().visits()).isEqualTo(2);
        assertThat(profile.figures().revenueMinor()).isEqualTo(one.totalMinor() + two.totalMinor() + refund.totalMinor());
        assertThat(profile.figures().daysBetweenVisits()).hasValue(6.0);
        PurchaseHistory history = store.profiles.purchases(ming.id(), 2);
        assertThat(history.total()).isEqualTo(3);
        assertThat(history.latest()).extracting(Purchase::kind).containsExactly("refund", "sale");
        assertThat(history.latest().get(0).totalMinor()).isEqualTo(refund.totalMinor()).isNegative();
    }

    @Test
    void aChangeSinceTheProfileWasOpenedIsRefusedAndNothingIsWritten() {
        Customer seen = ming;
        Customer other = new Customer(ming.id(), ming.phone(), "李明明", ming.gender(), null, ming.tags(), null,
                ming.consent(), ming.joinedOn());
        store.profiles.save(seen, other, null);
        int outbox = store.db.read(ctx -> ctx.fetchCount(OUTBOX));

        Customer mine = new Customer(ming.id(), ming.phone(), ming.name(), ming.gender(), null, Set.of("vip", "tea"),
                null, ming.consent(), ming.joinedOn());
        assertThatThrownBy(() -> store.profiles.save(seen, mine, null))
                .isInstanceOfSatisfying(ProfileRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(ProfileRefused.Reason.CHANGED_MEANWHILE));

        assertThat(store.customers.byId(ming.id())).contains(other);
        int outboxAfter = store.db.read(ctx -> ctx.fetchCount(OUTBOX));
        assertThat(outboxAfter).isEqualTo(outbox);
    }
}
