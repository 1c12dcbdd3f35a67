package app.counterpart.core.demo;

import app.counterpart.core.catalog.Category;
import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleLine;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import app.counterpart.core.stock.MovementKind;
import app.counterpart.core.stock.StockMovement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo shop's stock movements besides its sales: an opening count, the bakery's morning bake,
 * weekly deliveries of packaged goods up to a par level, now and then a breakage or a tasting, and a
 * monthly count of the packaged goods that finds a little shrinkage. All of it happens before the
 * shop opens and comes from the seed.
 *
 * <p>The planner sees each day's sales before it books that morning, so it can keep every product's
 * stock from going below zero (a rush order covers a day the shelf would not), which the real shop
 * cannot, but which keeps the demo believable. Deliveries are sized from a running average of what
 * sold, so slow sellers are not buried in stock; a par level set a little tight for some products,
 * and a supplier who is now and then out of an item, leave a few products below their threshold.
 */
final class DemoStock {

    /** Packaged goods keep for weeks and come from suppliers; the rest is baked in the shop daily. */
    private static final Set<String> PACKAGED_CATEGORIES = Set.of("LOOSETEA", "SNACK", "TEAWARE");
    private static final DayOfWeek DELIVERY_DAY = DayOfWeek.TUESDAY;
    /** Weight of the latest day in the running average of daily demand. */
    private static final double AVERAGE_WEIGHT = 0.15;

    private static final LocalTime OPENING_COUNT = LocalTime.of(6, 0);
    private static final LocalTime MONTHLY_COUNT = LocalTime.of(6, 10);
    private static final LocalTime BAKE = LocalTime.of(6, 30);
    private static final LocalTime DELIVERY = LocalTime.of(7, 30);
    private static final LocalTime ADJUSTMENT = LocalTime.of(7, 45);
    private static final LocalTime RUSH = LocalTime.of(7, 50);

    private static final class Item {
        final Product product;
        final boolean packaged;
        final String category;
        /** Multiplies a week of average demand into the par level; below about 1.1 the shelf runs low. */
        final double parFactor;
        int onHand;
        double dailyDemand;

        Item(Product product, String category, double parFactor) {
            this.product = product;
            this.category = category;
            this.packaged = PACKAGED_CATEGORIES.contains(category)
                    || (category.equals("TRAD") && product.unit().equals("box"));
            this.parFactor = parFactor;
        }
    }

    private final DemoShop demo;
    private final Random rnd;
    private final IdGenerator ids;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<Item> packaged = new ArrayList<>();
    private final String owner;
    private final String lead;
    private LocalDate nextDelivery;
    private LocalDate lastMonthlyCount;

    DemoStock(DemoShop demo, long seed) {
        this.demo = demo;
        this.rnd = new Random(seed * 53 + 11);
        this.ids = new IdGenerator(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new Random(seed * 59 + 13));
        Map<String, String> categoryCodes = new HashMap<>();
        for (Category c : demo.categories()) {
            categoryCodes.put(c.id(), c.code());
        }
        for (Product p : demo.products()) {
            if (p.trackStock() && p.active()) {
                Item item = new Item(p, categoryCodes.get(p.categoryId()), 0.95 + rnd.nextDouble() * 0.7);
                items.put(p.id(), item);
                if (item.packaged) {
                    packaged.add(item);
                }
            }
        }
        String ownerId = null;
        String managerId = null;
        for (Staff s : demo.staff()) {
            if (s.role() == Role.OWNER && ownerId == null) {
                ownerId = s.id();
            } else if (s.role() == Role.MANAGER && managerId == null) {
                managerId = s.id();
            }
        }
        this.owner = ownerId;
        this.lead = managerId != null ? managerId : ownerId;
    }

    /** The count that opens the ledger, before the first day's bake: two to four times the threshold, at least 10. */
    List<StockMovement> opening(LocalDate firstDay) {
        List<StockMovement> out = new ArrayList<>();
        for (Item item : items.values()) {
            int quantity = Math.max(10, item.product.lowStock() * (2 + rnd.nextInt(3)));
            book(out, item, MovementKind.COUNT, quantity, at(firstDay, OPENING_COUNT), owner, "opening stock");
        }
        nextDelivery = firstDay.with(TemporalAdjusters.nextOrSame(DELIVERY_DAY));
        lastMonthlyCount = firstDay;
        return out;
    }

    /** The morning's movements for the day these sales belong to; then the sales are taken off the shelf. */
    List<StockMovement> day(LocalDate day, List<Sale> sales) {
        Map<String, Integer> sold = new HashMap<>();
        Map<String, Integer> ledgerDelta = new HashMap<>();
        for (Sale s : sales) {
            for (SaleLine l : s.lines()) {
                if (!items.containsKey(l.productId())) {
                    continue;
                }
                if (l.quantity() > 0) {
                    sold.merge(l.productId(), l.quantity(), Integer::sum);
                }
                ledgerDelta.merge(l.productId(), -l.quantity(), Integer::sum);
            }
        }
        List<StockMovement> out = new ArrayList<>();
        monthlyCount(day, out);
        for (Item item : items.values()) {
            if (!item.packaged) {
                bake(day, item, sold.getOrDefault(item.product.id(), 0), out);
            }
        }
        if (!day.isBefore(nextDelivery)) {
            for (Item item : packaged) {
                deliver(day, item, out);
            }
            nextDelivery = day.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DELIVERY_DAY));
        }
        mishap(day, out);
        for (Item item : items.values()) {
            int need = sold.getOrDefault(item.product.id(), 0);
            if (item.onHand < need) {
                // Only the demo knows the day's sales in advance; a rush order keeps its shelf honest.
                int quantity = need - item.onHand + Math.max(2, item.product.lowStock() / 2);
                book(out, item, MovementKind.RECEIVING, quantity, at(day, RUSH), lead,
                        item.packaged ? "rush order" : "extra bake");
            }
        }
        for (Item item : items.values()) {
            int need = sold.getOrDefault(item.product.id(), 0);
            item.dailyDemand = (1 - AVERAGE_WEIGHT) * item.dailyDemand + AVERAGE_WEIGHT * need;
            item.onHand += ledgerDelta.getOrDefault(item.product.id(), 0);
        }
        return out;
    }

    /**
     * Bakes what the day will sell plus a margin above the threshold, so fresh goods end the day
     * off the low-stock list, which is for what must be reordered.
     */
    private void bake(LocalDate day, Item item, int sold, List<StockMovement> out) {
        double expected = Math.max(sold, item.dailyDemand);
        int target = (int) Math.ceil(expected)
                + Math.max(item.product.lowStock() + 1, (int) Math.ceil(expected * 0.2)) + rnd.nextInt(3);
        int quantity = target - item.onHand;
        if (quantity > 0) {
            book(out, item, MovementKind.RECEIVING, quantity, at(day, BAKE), lead, "morning bake");
        }
    }

    /** The weekly delivery tops the shelf up to the par level, unless the supplier is out of the item. */
    private void deliver(LocalDate day, Item item, List<StockMovement> out) {
        int par = item.product.lowStock() + (int) Math.ceil(7 * item.dailyDemand * item.parFactor);
        boolean supplierOut = rnd.nextDouble() < 0.05;
        int quantity = par - item.onHand;
        if (quantity > 0 && !supplierOut) {
            book(out, item, MovementKind.RECEIVING, quantity, at(day, DELIVERY), lead, "weekly delivery");
        }
    }

    /** On the first morning of a month the packaged goods are counted; now and then one or two are missing. */
    private void monthlyCount(LocalDate day, List<StockMovement> out) {
        if (day.getDayOfMonth() != 1 || day.equals(lastMonthlyCount)) {
            return;
        }
        lastMonthlyCount = day;
        for (Item item : packaged) {
            if (rnd.nextDouble() < 0.12) {
                int missing = Math.min(item.onHand, 1 + rnd.nextInt(2));
                if (missing > 0) {
                    book(out, item, MovementKind.COUNT, -missing, at(day, MONTHLY_COUNT), owner, null);
                }
            }
        }
    }

    /** About one morning in five something is written off: a cracked cup, a bag past its date, a tasting. */
    private void mishap(LocalDate day, List<StockMovement> out) {
        if (rnd.nextDouble() >= 0.2) {
            return;
        }
        Item item = packaged.get(rnd.nextInt(packaged.size()));
        if (item.onHand < 1) {
            return;
        }
        String reason = switch (item.category) {
            case "TEAWARE" -> "broken";
            case "LOOSETEA" -> "tasting";
            default -> "expired";
        };
        book(out, item, MovementKind.ADJUSTMENT, -1, at(day, ADJUSTMENT), lead, reason);
    }

    private void book(List<StockMovement> out, Item item, MovementKind kind, int quantity, Instant at, String staffId,
            String reason) {
        out.add(new StockMovement(ids.next(at), item.product.id(), kind, quantity, null, staffId, reason, at));
        item.onHand += quantity;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(demo.shop().zone()).toInstant();
    }
}
