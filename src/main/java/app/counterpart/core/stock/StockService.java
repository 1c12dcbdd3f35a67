package app.counterpart.core.stock;

import app.counterpart.core.catalog.CatalogRepository;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What people do with stock: receive goods, adjust for breakage or tasting with a reason, and count
 * the shelf so the ledger books the difference. Every use case checks its input and names the
 * product's SKU in what it refuses, before anything is written.
 */
public final class StockService {

    /** No single movement carries more than this; a larger figure is a typing or scanning slip. */
    public static final int MAX_QUANTITY = 1_000_000;
    static final int MAX_REASON_LENGTH = 500;

    private final StockRepository stock;
    private final CatalogRepository catalog;
    private final IdGenerator ids;
    private final Clock clock;

    public StockService(StockRepository stock, CatalogRepository catalog, IdGenerator ids, Clock clock) {
        this.stock = stock;
        this.catalog = catalog;
        this.ids = ids;
        this.clock = clock;
    }

    /** Books goods that arrived (or were baked); {@code note} (delivery note, supplier) may be null. */
    public StockMovement receive(String productId, int quantity, String note, String staffId) {
        Product p = trackedProduct(productId, "Receiving");
        if (quantity <= 0) {
            throw refused(p, "Receiving", "the quantity must be at least 1, not " + quantity + ".");
        }
        checkSize(p, "Receiving", quantity);
        StockMovement m = movement(p, MovementKind.RECEIVING, quantity, staffId, clean(p, "Receiving", note));
        stock.record(List.of(m));
        return m;
    }

    /**
     * Books a change that is neither a sale nor a delivery: broken, expired, tasting, found. The
     * reason is required, because an unexplained write-off is what an owner needs to ask about.
     */
    public StockMovement adjust(String productId, int delta, String reason, String staffId) {
        Product p = trackedProduct(productId, "Adjusting");
        if (delta == 0) {
            throw refused(p, "Adjusting", "the change must not be zero.");
        }
        checkSize(p, "Adjusting", delta);
        String why = clean(p, "Adjusting", reason);
        if (why == null) {
            throw refused(p, "Adjusting", "give a reason (for example broken, expired, tasting).");
        }
        StockMovement m = movement(p, MovementKind.ADJUSTMENT, delta, staffId, why);
        stock.record(List.of(m));
        return m;
    }

    /** The differences a count would book, without booking them; lines in SKU order. */
    public List<CountLine> previewCount(Map<String, Integer> counted) {
        List<Product> products = countedProducts(counted);
        Map<String, Integer> onHand = stock.onHand();
        return lines(products, counted, onHand);
    }

    /**
     * Books a count: one COUNT movement per product whose counted quantity differs from what the
     * ledger holds at the moment of booking, so afterwards on hand equals what was counted. Returns
     * every counted product's line, differences of zero included, in SKU order.
     */
    public List<CountLine> count(Map<String, Integer> counted, String staffId) {
        List<Product> products = countedProducts(counted);
        if (products.isEmpty()) {
            return List.of();
        }
        Instant at = clock.instant();
        List<CountLine> result = new ArrayList<>();
        stock.recordAgainstOnHand(counted.keySet(), onHand -> {
            result.clear();
            result.addAll(lines(products, counted, onHand));
            List<StockMovement> out = new ArrayList<>();
            for (CountLine line : result) {
                if (line.difference() != 0) {
                    out.add(new StockMovement(ids.next(at), line.product().id(), MovementKind.COUNT,
                            line.difference(), null, staffId, null, at));
                }
            }
            return out;
        });
        return List.copyOf(result);
    }

    private static List<CountLine> lines(List<Product> products, Map<String, Integer> counted,
            Map<String, Integer> onHand) {
        List<CountLine> out = new ArrayList<>(products.size());
        for (Product p : products) {
            out.add(new CountLine(p, onHand.getOrDefault(p.id(), 0), counted.get(p.id())));
        }
        return out;
    }

    private List<Product> countedProducts(Map<String, Integer> counted) {
        Map<String, Product> byId = products();
        List<Product> out = new ArrayList<>(counted.size());
        for (Map.Entry<String, Integer> e : counted.entrySet()) {
            Product p = tracked(byId.get(e.getKey()), e.getKey(), "Counting");
            Integer n = e.getValue();
            if (n == null) {
                throw refused(p, "Counting", "enter the counted quantity (0 when none is left).");
            }
            if (n < 0) {
                throw refused(p, "Counting", "a counted quantity cannot be below zero (" + n + ").");
            }
            checkSize(p, "Counting", n);
            out.add(p);
        }
        out.sort(Comparator.comparing(Product::sku));
        return out;
    }

    private StockMovement movement(Product p, MovementKind kind, int quantity, String staffId, String reason) {
        Instant at = clock.instant();
        return new StockMovement(ids.next(at), p.id(), kind, quantity, null, staffId, reason, at);
    }

    private Product trackedProduct(String productId, String action) {
        return tracked(products().get(productId), productId, action);
    }

    private Map<String, Product> products() {
        Map<String, Product> byId = new HashMap<>();
        for (Product p : catalog.products()) {
            byId.put(p.id(), p);
        }
        return byId;
    }

    private static Product tracked(Product p, String productId, String action) {
        if (p == null) {
            throw new StockException(null, action + ": there is no product with id " + productId + ".");
        }
        if (!p.trackStock()) {
            throw refused(p, action, "it is made to order and keeps no stock.");
        }
        return p;
    }

    private static void checkSize(Product p, String action, int quantity) {
        if (Math.abs((long) quantity) > MAX_QUANTITY) {
            throw refused(p, action, String.format(Locale.ROOT,
                    "%,d is more than %,d, the most one booking may carry.", quantity, MAX_QUANTITY));
        }
    }

    private static String clean(Product p, String action, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > MAX_REASON_LENGTH) {
            throw refused(p, action, "the note is longer than " + MAX_REASON_LENGTH + " characters.");
        }
        return t;
    }

    private static StockException refused(Product p, String action, String why) {
        return new StockException(p.sku(), action + " " + p.sku() + " " + p.name() + ": " + why);
    }
}
