package app.counterpart.core.sell.receipt;

import static app.counterpart.core.sell.receipt.ReceiptSamples.demo;
import static app.counterpart.core.sell.receipt.ReceiptSamples.first;
import static app.counterpart.core.sell.receipt.ReceiptSamples.history;
import static app.counterpart.core.sell.receipt.ReceiptSamples.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.Money;
import app.counterpart.core.sales.LinePricing;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.SaleTotals;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.receipt.Receipt.Amount;
import app.counterpart.core.sell.receipt.Receipt.Field;
import app.counterpart.core.sell.receipt.Receipt.Line;
import app.counterpart.core.sell.receipt.Receipt.Role;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptBuilderTest {

    private static final Instant AT = Instant.parse("2026-11-28T06:30:15Z");

    private static long sum(List<Amount> rows, Role role) {
        return rows.stream().filter(a -> a.role() == role).mapToLong(Amount::minor).sum();
    }

    private static long row(Receipt r, Role role) {
        return r.amount(role).map(Amount::minor).orElse(0L);
    }

    private static String field(Receipt r, String label) {
        return r.details().stream().filter(f -> f.label().equals(label)).map(Field::value).findFirst().orElse(null);
    }

    @Test
    void everyDemoReceiptAddsUpToWhatWasPaid() {
        for (Sale sale : history()) {
            Receipt r = receipt(sale, PlainReceiptText.ENGLISH);
            long total = row(r, Role.TOTAL);
            assertEquals(sale.totalMinor(), total, sale.number());
            assertEquals(total, row(r, Role.SUBTOTAL) + row(r, Role.DISCOUNTS) + row(r, Role.CART_DISCOUNT)
                    + row(r, Role.TAX), sale.number());
            assertEquals(total, r.lines().stream().mapToLong(Line::totalMinor).sum(), sale.number());
            assertEquals(total, sum(r.payments(), Role.PAYMENT), sale.number());
            List<Amount> pay = r.payments();
            for (int i = 0; i < pay.size(); i++) {
                if (pay.get(i).role() == Role.TENDERED) {
                    assertEquals(Role.PAYMENT, pay.get(i - 1).role());
                    assertEquals(Role.CHANGE, pay.get(i + 1).role());
                    assertEquals(pay.get(i - 1).minor(), pay.get(i).minor() - pay.get(i + 1).minor(), sale.number());
                }
            }
            long column = 0;
            for (int i = 0; i < r.lines().size(); i++) {
                Line l = r.lines().get(i);
                SaleLine stored = sale.lines().get(i);
                assertEquals(stored.quantity() * stored.unitPriceMinor(), l.grossMinor(), sale.number());
                column += l.grossMinor() + l.discountIfAny().map(Amount::minor).orElse(0L);
            }
            assertEquals(row(r, Role.SUBTOTAL) + row(r, Role.DISCOUNTS), column, sale.number());
        }
    }

    @Test
    void aSaleShowsShopNumberTimeInTheShopsZonePeopleAndPayments() {
        Sale sale = ReceiptSamples.richSale();
        Receipt r = receipt(sale, PlainReceiptText.ENGLISH);

        assertEquals("title:sale", r.title());
        assertEquals(List.of("Camellia & Crumb", demo().shop().address(), "021-6431-2288"), r.shopLines());
        assertEquals(sale.number(), r.saleNumber());
        assertTrue(r.saleNumber().matches("T1-\\d{8}-\\d{4}"), r.saleNumber());
        assertEquals(sale.number(), field(r, "Number"));
        assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(
                sale.createdAt().atZone(ZoneId.of("Asia/Shanghai"))), field(r, "Date"));
        Map<String, Staff> staff = demo().staff().stream().collect(Collectors.toMap(Staff::id, s -> s));
        assertEquals(staff.get(sale.cashierId()).name(), field(r, "Cashier"));
        assertEquals(staff.get(sale.servedById()).name(), field(r, "Served by"));
        assertTrue(field(r, "Customer").matches(".* 1\\d\\d\\*{4}\\d{4}"), field(r, "Customer"));
        assertEquals(null, field(r, "Original"));

        Payment cash = sale.payments().stream().filter(ReceiptSamples::cashWithChange).findFirst().orElseThrow();
        assertEquals(cash.tenderedMinor(), row(r, Role.TENDERED));
        assertEquals(cash.changeMinor(), row(r, Role.CHANGE));
        assertEquals("tender:cash", r.payments().get(0).label());
        assertEquals(Money.format(sale.totalMinor(), demo().shop().currency(), Locale.ENGLISH),
                r.amount(Role.TOTAL).orElseThrow().text());
        assertTrue(r.amount(Role.TOTAL).orElseThrow().text().startsWith("¥"));
        assertEquals("thanks:sale", r.footer());
        assertEquals(sale.number(), Code128Decoder.decode(r.barcode().orElseThrow().modules()));
    }

    @Test
    void aDiscountedLineShowsQuantityTimesPriceAndItsDiscount() {
        Sale sale = ReceiptSamples.richSale();
        Receipt r = receipt(sale, PlainReceiptText.ENGLISH);
        SaleLine stored = sale.lines().get(0);
        Line line = r.lines().get(0);
        Product product = demo().products().stream().filter(p -> p.id().equals(stored.productId())).findFirst()
                .orElseThrow();

        assertEquals(product.name(), line.name());
        assertEquals(stored.quantity() + " × " + Money.format(stored.unitPriceMinor(), demo().shop().currency(),
                Locale.ENGLISH), line.quantityText());
        assertEquals(Money.format(stored.quantity() * stored.unitPriceMinor(), demo().shop().currency(),
                Locale.ENGLISH), line.grossText());
        assertEquals(-stored.discountMinor(), line.discountIfAny().orElseThrow().minor());
        assertTrue(line.discountIfAny().orElseThrow().text().startsWith("-¥"));
        assertEquals(-sale.discountMinor(), row(r, Role.DISCOUNTS));
        assertFalse(r.amount(Role.CART_DISCOUNT).isPresent());
    }

    @Test
    void aRefundNamesTheOriginalSaleAndShowsMoneyGoingBack() {
        Sale refund = first(s -> s.kind() == SaleKind.REFUND);
        Sale original = first(s -> s.id().equals(refund.originalSaleId()));
        Receipt r = receipt(refund, PlainReceiptText.ENGLISH);

        assertEquals(SaleKind.REFUND, r.kind());
        assertEquals("title:refund", r.title());
        assertEquals(original.number(), r.originalSaleNumber());
        assertEquals(original.number(), field(r, "Original"));
        assertEquals(refund.number(), r.saleNumber());
        assertTrue(row(r, Role.TOTAL) < 0);
        assertTrue(r.amount(Role.TOTAL).orElseThrow().text().startsWith("-¥"), r.amount(Role.TOTAL).toString());
        assertEquals("total:refund", r.amount(Role.TOTAL).orElseThrow().label());
        assertTrue(r.lines().stream().allMatch(l -> l.quantity() < 0 && l.quantityText().startsWith("-")));
        assertTrue(r.payments().stream().allMatch(p -> p.minor() < 0));
        assertEquals("thanks:refund", r.footer());
    }

    @Test
    void aVoidIsTitledAsOneAndReversesTheWholeSale() {
        Sale voided = first(s -> s.kind() == SaleKind.VOID);
        Sale original = first(s -> s.id().equals(voided.originalSaleId()));
        Receipt r = receipt(voided, PlainReceiptText.ENGLISH);

        assertEquals("title:void", r.title());
        assertEquals(original.number(), r.originalSaleNumber());
        assertEquals(-original.totalMinor(), row(r, Role.TOTAL));
        assertEquals(original.lines().size(), r.lines().size());
    }

    @Test
    void aReversalWhoseOriginalNumberIsUnknownStillLeadsBackByItsId() {
        Sale refund = first(s -> s.kind() == SaleKind.REFUND);
        Receipt r = ReceiptSamples.builder(PlainReceiptText.ENGLISH).build(refund, null, null);
        assertEquals(refund.originalSaleId(), field(r, "Original"));
    }

    @Test
    void taxInclusivePricesShowTheTaxContainedAfterTheTotal() {
        Receipt r = receipt(ReceiptSamples.richSale(), PlainReceiptText.ENGLISH);
        List<Role> roles = r.totals().stream().map(Amount::role).toList();
        assertTrue(roles.indexOf(Role.TAX_INCLUDED) > roles.indexOf(Role.TOTAL), roles.toString());
        assertFalse(roles.contains(Role.TAX));
    }

    @Test
    void taxExclusivePricesAddTheTaxOnTopBeforeTheTotal() {
        Shop net = withTaxOnTop(demo().shop());
        Product tea = demo().products().get(0);
        Product cake = demo().products().stream().filter(p -> p.taxRateBp() > 0 && p != tea).findFirst().orElseThrow();
        List<SaleLine> lines = List.of(
                LinePricing.price("l1", 1, tea.id(), 2, tea.priceMinor(), 300, tea.taxRateBp(), tea.costMinor(), false),
                LinePricing.price("l2", 2, cake.id(), 1, cake.priceMinor(), 0, cake.taxRateBp(), cake.costMinor(),
                        false));
        Sale sale = sale("s1", "T1-20261128-0001", SaleKind.SALE, null, lines, SaleTotals.of(lines).discountMinor(),
                List.of(new Payment("p1", 1, Tender.CASH, SaleTotals.of(lines).totalMinor(), 10_000L,
                        10_000L - SaleTotals.of(lines).totalMinor())));
        Receipt r = ReceiptBuilder.of(net, PlainReceiptText.ENGLISH, demo().products(), demo().staff()).build(sale);

        List<Role> roles = r.totals().stream().map(Amount::role).toList();
        assertEquals(List.of(Role.SUBTOTAL, Role.DISCOUNTS, Role.TAX, Role.TOTAL), roles);
        long tax = Money.taxOnTop(2 * tea.priceMinor() - 300, tea.taxRateBp())
                + Money.taxOnTop(cake.priceMinor(), cake.taxRateBp());
        assertTrue(tax > 0);
        assertEquals(tax, row(r, Role.TAX));
        assertEquals(2 * tea.priceMinor() + cake.priceMinor() - 300 + tax, row(r, Role.TOTAL));
        assertEquals(row(r, Role.TOTAL), row(r, Role.SUBTOTAL) + row(r, Role.DISCOUNTS) + row(r, Role.TAX));
        assertEquals(10_000L - row(r, Role.TOTAL), row(r, Role.CHANGE));
    }

    @Test
    void aDiscountOnTheWholeSaleGetsItsOwnRow() {
        Product tea = demo().products().get(0);
        List<SaleLine> lines = List.of(
                LinePricing.price("l1", 1, tea.id(), 3, tea.priceMinor(), 0, tea.taxRateBp(), tea.costMinor(), true));
        long lineTotal = SaleTotals.of(lines).totalMinor();
        Sale sale = new Sale("s1", "T1-20261128-0002", SaleKind.SALE, null, "till-1", null, null, null, null, AT,
                AT.atZone(demo().shop().zone()).toLocalDate(), 14, "CNY", 3 * tea.priceMinor(), 500, 0,
                lineTotal - 500, 0, 3, lines, List.of(new Payment("p1", 1, Tender.WECHAT, lineTotal - 500, null, 0)));
        Receipt r = ReceiptSamples.builder(PlainReceiptText.ENGLISH).build(sale);

        assertEquals(-500, row(r, Role.CART_DISCOUNT));
        assertFalse(r.amount(Role.DISCOUNTS).isPresent());
        assertEquals(row(r, Role.TOTAL), row(r, Role.SUBTOTAL) + row(r, Role.CART_DISCOUNT));
    }

    @Test
    void chineseReceiptsUseChineseNamesForShopProductsAndPeople() {
        Sale sale = ReceiptSamples.richSale();
        Receipt r = receipt(sale, PlainReceiptText.CHINESE);
        assertEquals("茶与酥", r.shopLines().get(0));
        Product product = demo().products().stream().filter(p -> p.id().equals(sale.lines().get(0).productId()))
                .findFirst().orElseThrow();
        assertEquals(product.nameZh(), r.lines().get(0).name());
        Staff cashier = demo().staff().stream().filter(s -> s.id().equals(sale.cashierId())).findFirst().orElseThrow();
        assertEquals(cashier.nameZh(), field(r, "Cashier"));
        assertTrue(r.amount(Role.TOTAL).orElseThrow().text().startsWith("¥"));
    }

    @Test
    void aProductNoLongerKnownStillPrintsItsLine() {
        Sale sale = ReceiptSamples.richSale();
        Receipt r = new ReceiptBuilder(demo().shop(), PlainReceiptText.ENGLISH, id -> Optional.empty(),
                id -> Optional.empty()).build(sale);
        assertEquals(sale.lines().size(), r.lines().size());
        assertTrue(r.lines().stream().allMatch(l -> l.name().equals("Unknown item")));
        assertEquals(null, field(r, "Cashier"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            13313366532,    133****6532
            +8613313366532, +86*******6532
            64312288,       ****2288
            1234,           ****
            """)
    void phoneNumbersAreMasked(String phone, String masked) {
        assertEquals(masked, ReceiptBuilder.maskedPhone(phone));
    }

    private static Shop withTaxOnTop(Shop s) {
        return new Shop(s.id(), s.name(), s.nameZh(), s.currency(), s.zone(), s.cutoffHour(), false, s.address(),
                s.phone());
    }

    private static Sale sale(String id, String number, SaleKind kind, String originalId, List<SaleLine> lines,
            long discount, List<Payment> payments) {
        SaleTotals t = SaleTotals.of(new ArrayList<>(lines));
        Staff cashier = demo().staff().get(2);
        return new Sale(id, number, kind, originalId, "till-1", null, cashier.id(), cashier.id(), null, AT,
                AT.atZone(demo().shop().zone()).toLocalDate(), 14, "CNY", t.subtotalMinor(), discount, t.taxMinor(),
                t.totalMinor(), t.costMinor(), t.itemCount(), lines, payments);
    }
}
