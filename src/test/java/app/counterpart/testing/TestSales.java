package app.counterpart.testing;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.LinePricing;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.sales.SaleTotals;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Builds sales, refunds and voids the way a till would, for the shop in a {@link DemoFixture}. */
public final class TestSales {

    private static final AtomicLong NUMBERS = new AtomicLong();

    private final Shop shop;
    private final Device device;
    private final Staff cashier;
    private final IdGenerator ids;

    public TestSales(DemoFixture store) {
        this.shop = store.shops.shop().orElseThrow();
        this.device = store.shops.localDevice().orElseThrow();
        this.cashier = store.staff.staff().get(0);
        this.ids = IdGenerator.secure(store.clock);
    }

    /** A sale of the given quantities (all positive), paid by WeChat, at the instant given. */
    public Sale sale(Map<Product, Integer> quantities, Instant at) {
        return sale(quantities, at, cashier.id(), null);
    }

    /** A sale served by someone for a customer (or nobody: null). */
    public Sale sale(Map<Product, Integer> quantities, Instant at, String servedById, String customerId) {
        List<SaleLine> lines = new ArrayList<>();
        for (Map.Entry<Product, Integer> e : quantities.entrySet()) {
            Product p = e.getKey();
            lines.add(LinePricing.price(ids.next(at), lines.size() + 1, p.id(), e.getValue(), p.priceMinor(), 0,
                    p.taxRateBp(), p.costMinor(), shop.pricesIncludeTax()));
        }
        return assemble(SaleKind.SALE, null, lines, at, servedById, customerId);
    }

    /** Refunds some lines of a sale in full. */
    public Sale refund(Sale original, List<SaleLine> lines, Instant at) {
        return assemble(SaleKind.REFUND, original.id(), reversed(lines, at), at, original.servedById(),
                original.customerId());
    }

    /** Voids a whole sale. */
    public Sale voidOf(Sale original, Instant at) {
        return assemble(SaleKind.VOID, original.id(), reversed(original.lines(), at), at, original.servedById(),
                original.customerId());
    }

    private List<SaleLine> reversed(List<SaleLine> lines, Instant at) {
        List<SaleLine> out = new ArrayList<>();
        for (SaleLine l : lines) {
            out.add(l.reversal(ids.next(at), out.size() + 1));
        }
        return out;
    }

    private Sale assemble(SaleKind kind, String originalId, List<SaleLine> lines, Instant at, String servedById,
            String customerId) {
        SaleTotals t = SaleTotals.of(lines);
        return new Sale(ids.next(at), "TEST-" + NUMBERS.incrementAndGet() + "-" + ids.next(at), kind, originalId,
                device.id(), null, cashier.id(), servedById, customerId, at, shop.calendar().businessDay(at),
                shop.calendar().hour(at), shop.currency().getCurrencyCode(), t.subtotalMinor(), t.discountMinor(),
                t.taxMinor(), t.totalMinor(), t.costMinor(), t.itemCount(), lines,
                List.of(new Payment(ids.next(at), 1, Tender.WECHAT, t.totalMinor(), null, 0)));
    }
}
