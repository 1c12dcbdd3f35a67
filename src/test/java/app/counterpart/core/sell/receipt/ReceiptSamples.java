package app.counterpart.core.sell.receipt;

import app.counterpart.core.customers.Customer;
import app.counterpart.core.demo.DemoSalesGenerator;
import app.counterpart.core.demo.DemoShop;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.shop.Device;
import app.counterpart.testing.DemoFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Real sales of the demo shop, made in memory by the demo generator (no store needed): four weeks of
 * sales, refunds and voids numbered the way the till numbers them, and receipts built from them.
 */
public final class ReceiptSamples {

    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 27);
    private static List<Sale> history;

    private ReceiptSamples() {
    }

    public static DemoShop demo() {
        return DemoFixture.demoShop();
    }

    public static synchronized List<Sale> history() {
        if (history == null) {
            List<Sale> all = new ArrayList<>();
            new DemoSalesGenerator(demo(), new Device("till-1", "T1", "Till 1"),
                    new DemoSalesGenerator.Options(LAST_DAY, 28, 1, DemoFixture.SEED, null)).generate(all::addAll);
            history = Collections.unmodifiableList(all);
        }
        return history;
    }

    public static Sale first(Predicate<Sale> which) {
        return history().stream().filter(which).findFirst().orElseThrow();
    }

    /** A sale paid in cash with change, by a known customer, with more than one line and a discount. */
    public static Sale richSale() {
        return first(s -> s.kind() == SaleKind.SALE && s.customerId() != null && s.lines().size() >= 2
                && s.discountMinor() > 0 && s.payments().stream().anyMatch(ReceiptSamples::cashWithChange));
    }

    public static boolean cashWithChange(Payment p) {
        return p.tender() == Tender.CASH && p.tenderedMinor() != null && p.changeMinor() > 0;
    }

    public static ReceiptBuilder builder(ReceiptText text) {
        return ReceiptBuilder.of(demo().shop(), text, demo().products(), demo().staff());
    }

    /** The receipt the till would print: with the sale's customer and, for a reversal, the original's number. */
    public static Receipt receipt(Sale sale, ReceiptText text) {
        Map<String, Customer> customers = demo().customers().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        String original = sale.originalSaleId() == null ? null
                : first(s -> s.id().equals(sale.originalSaleId())).number();
        return builder(text).build(sale, sale.customerId() == null ? null : customers.get(sale.customerId()), original);
    }
}
