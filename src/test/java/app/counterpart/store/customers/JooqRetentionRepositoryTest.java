package app.counterpart.store.customers;

import static org.assertj.core.api.Assertions.assertThat;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.retention.BruteForce;
import app.counterpart.core.customers.retention.History;
import app.counterpart.core.customers.retention.Retention;
import app.counterpart.core.customers.retention.RetentionFacts;
import app.counterpart.core.sales.Sale;
import app.counterpart.testing.DemoFixture;
import app.counterpart.testing.TestSales;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqRetentionRepositoryTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void cohortsFromTheStoreMatchTheSlowWayOverTheRawSales() {
        try (DemoFixture store = new DemoFixture(dir, Clock.systemUTC())) {
            store.installDemo(UNTIL, 120);
            addEdgeCases(store);
            History raw = rawHistory(store);

            RetentionFacts facts = new JooqRetentionRepository(store.db).facts();

            assertThat(raw.customers()).hasSizeGreaterThan(50);
            BruteForce.check(raw, UNTIL, 30, new Retention(facts, UNTIL).report(30));
            BruteForce.check(raw, UNTIL, 7, new Retention(facts, UNTIL).report(7));
            long anonymous = store.db.read(ctx -> ctx.fetchOne("SELECT SUM(CASE kind WHEN 'sale' THEN 1"
                    + " WHEN 'void' THEN -1 ELSE 0 END) FROM sale s WHERE customer_id IS NULL"
                    + " AND NOT (kind = 'void' AND EXISTS (SELECT 1 FROM sale o WHERE o.id = s.original_sale_id"
                    + " AND o.customer_id IS NOT NULL))").get(0, Long.class));
            assertThat(facts.anonymousSalesByDay().values().stream().mapToLong(Integer::longValue).sum())
                    .isEqualTo(anonymous);
        }
    }

    /**
     * A customer whose first sale, late on the last night of September, is voided the next morning; another
     * whose sale is refunded in the following month.
     */
    private static void addEdgeCases(DemoFixture store) {
        TestSales sales = new TestSales(store);
        List<Customer> customers = store.customers.customers();
        Product product = store.catalog.products().get(0);
        ZoneId zone = store.shops.shop().orElseThrow().zone();
        var lateNight = LocalDateTime.of(2026, 10, 1, 1, 30).atZone(zone).toInstant();
        Sale first = forCustomer(sales.sale(Map.of(product, 2), lateNight), customers.get(0).id());
        store.sales.commit(List.of(first));
        store.sales.commit(List.of(forCustomer(sales.voidOf(first, lateNight.plusSeconds(9 * 3600)),
                customers.get(0).id())));
        var endOfOctober = LocalDateTime.of(2026, 10, 31, 18, 0).atZone(zone).toInstant();
        Sale bought = forCustomer(sales.sale(Map.of(product, 3), endOfOctober), customers.get(1).id());
        store.sales.commit(List.of(bought));
        store.sales.commit(List.of(forCustomer(sales.refund(bought, bought.lines(), endOfOctober.plusSeconds(86_400)),
                customers.get(1).id())));
    }

    private static Sale forCustomer(Sale s, String customerId) {
        return new Sale(s.id(), s.number(), s.kind(), s.originalSaleId(), s.deviceId(), s.shiftId(), s.cashierId(),
                s.servedById(), customerId, s.createdAt(), s.businessDay(), s.hour(), s.currency(), s.subtotalMinor(),
                s.discountMinor(), s.taxMinor(), s.totalMinor(), s.costMinor(), s.itemCount(), s.lines(), s.payments());
    }

    /** Every sale row of a customer as stored, with no index or rollup in between, and every referral. */
    private static History rawHistory(DemoFixture store) {
        History h = new History();
        store.db.read(ctx -> {
            ctx.resultQuery("SELECT id, customer_id, business_day, kind, original_sale_id, total_minor"
                    + " FROM sale NOT INDEXED WHERE customer_id IS NOT NULL").forEach(r -> h.add(new History.Row(
                    r.get(0, String.class), r.get(1, String.class), LocalDate.parse(r.get(2, String.class)),
                    r.get(3, String.class), r.get(4, String.class), r.get(5, Long.class))));
            ctx.resultQuery("SELECT c.id, c.referred_by, r.name FROM customer c JOIN customer r ON r.id = c.referred_by")
                    .forEach(r -> h.referral(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class)));
            return null;
        });
        return h;
    }
}
