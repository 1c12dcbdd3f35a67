package app.counterpart.testing;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.sell.CartCustomer;
import app.counterpart.core.sell.PricedCart;
import app.counterpart.core.sell.Shift;
import app.counterpart.core.sell.TenderEntry;
import app.counterpart.core.sell.Tendering;
import app.counterpart.core.sell.Till;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Role;
import app.counterpart.core.staff.Staff;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A till that rings up sales over a store folder until it is killed, for the crash test. It works the
 * way the sell screen does: the cart is saved as a draft after every line and every tender, then paid.
 * After each step has returned it prints one line, so the parent process knows exactly what the store
 * has told the till it keeps:
 *
 * <pre>
 * SHIFT    shiftId
 * RESTORED cartId lines tenders dueMinor complete   (or "RESTORED none": no draft was open)
 * SAVED    cartId lines tenders dueMinor complete   (complete is 1 once the tenders cover what is due)
 * PAYING   cartId                                   (printed just before the pay transaction starts)
 * PAID     saleId number totalMinor
 * DONE                                              (only when a number of sales was asked for)
 * </pre>
 *
 * Line ids are the cart id, a dash and the line's position, so the parent can tell which lines a draft
 * holds. Arguments: store folder, the instant its clock starts at, a random seed, and optionally how
 * many sales to finish before exiting normally.
 */
public final class TillWorker {

    private final Till till;
    private final Staff cashier;
    private final List<Product> products;
    private final List<String> members;
    private final boolean pricesIncludeTax;
    private final Random rnd;
    private final OutputStream out;

    private TillWorker(DemoFixture store, Clock clock, Random rnd, OutputStream out) {
        Shop shop = store.shops.shop().orElseThrow();
        this.till = new Till(store.till, store.customers, new EventBus(e -> {
            throw e;
        }), IdGenerator.secure(clock), clock, shop, store.shops.localDevice().orElseThrow());
        this.cashier = store.staff.staff().stream().filter(s -> s.active() && s.role() == Role.CASHIER).findFirst()
                .orElseThrow();
        this.products = store.catalog.products().stream().filter(Product::active).toList();
        // Members who still hold store credit, so that some sales spend it (and book it in their transaction).
        this.members = store.db.read(ctx -> ctx.fetch("SELECT customer_id FROM store_credit GROUP BY customer_id"
                + " HAVING sum(amount_minor) > 0 ORDER BY customer_id").getValues(0, String.class));
        this.pricesIncludeTax = shop.pricesIncludeTax();
        this.rnd = rnd;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Instant start = Instant.parse(args[1]);
        long seed = Long.parseLong(args[2]);
        int sales = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        // A real ticking clock, set to the test's shop day so sales land after the demo history.
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
        // Unbuffered: each line leaves in one write(2), whole, before the next step starts. Whatever else
        // might print to System.out goes to stderr, so stdout carries nothing but these lines.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        try (DemoFixture store = new DemoFixture(dir, clock)) {
            new TillWorker(store, clock, new Random(seed), out).sell(sales);
        }
        say(out, "DONE");
    }

    private void sell(int sales) throws IOException {
        Shift shift = till.currentShift().orElseGet(() -> till.openShift(cashier, 50_000));
        say("SHIFT " + shift.id());
        Cart cart = till.restoreCart(cashier.id());
        say("RESTORED " + (cart.isEmpty() ? "none" : describe(cart)));
        int done = 0;
        if (!cart.isEmpty()) {
            pay(cart);
            done++;
        }
        for (; done < sales; done++) {
            pay(ringUp(till.newCart(cashier.id())));
        }
    }

    /** One to five different products, one line at a time, each saved; sometimes a member and a discount. */
    private Cart ringUp(Cart cart) throws IOException {
        List<Product> picks = new ArrayList<>(products);
        Collections.shuffle(picks, rnd);
        int lines = 1 + rnd.nextInt(5);
        for (int i = 0; i < lines; i++) {
            cart = cart.add(picks.get(i), 1 + rnd.nextInt(3), cart.id() + "-" + (i + 1));
            if (i == 0 && !members.isEmpty() && rnd.nextInt(4) == 0) {
                cart = cart.withCustomer(till.refreshCustomer(members.get(rnd.nextInt(members.size()))));
            }
            if (i == lines - 1 && rnd.nextInt(4) == 0) {
                // Within a cashier's 10 %, and in the same save as the last line.
                cart = cart.discountCart(cart.linesNetMinor() / 20, cashier.role());
            }
            save(cart);
        }
        return cart;
    }

    /** Takes the tenders still missing, one at a time and each saved, then pays. */
    private void pay(Cart cart) throws IOException {
        long due = due(cart);
        for (TenderEntry t : plan(cart, due)) {
            cart = cart.withTenders(Tendering.add(cart.tenders(), t, due, cart.customer()));
            save(cart);
        }
        say("PAYING " + cart.id());
        Sale sale = till.pay(cart, cashier);
        say("PAID " + sale.id() + " " + sale.number() + " " + sale.totalMinor());
    }

    /** Cash (exact or rounded up, with change), card, WeChat, Alipay, card plus cash, or store credit plus cash. */
    private List<TenderEntry> plan(Cart cart, long due) {
        long left = Tendering.remaining(due, cart.tenders());
        List<TenderEntry> plan = new ArrayList<>();
        if (left <= 0) {
            return plan;
        }
        CartCustomer member = cart.customer();
        long credit = member == null ? 0 : member.storeCreditMinor() - cart.tenders().stream()
                .filter(t -> t.tender() == Tender.STORE_CREDIT).mapToLong(TenderEntry::amountMinor).sum();
        int choice = rnd.nextInt(6);
        if (choice == 5 && credit > 0) {
            long used = Math.min(credit, left);
            plan.add(new TenderEntry(Tender.STORE_CREDIT, used));
            left -= used;
        } else if (choice == 4 && left >= 2) {
            long card = 1 + (long) rnd.nextInt((int) Math.min(left - 1, Integer.MAX_VALUE));
            plan.add(new TenderEntry(Tender.CARD, card));
            left -= card;
        } else if (choice >= 1 && choice <= 3) {
            plan.add(new TenderEntry(List.of(Tender.CARD, Tender.WECHAT, Tender.ALIPAY).get(choice - 1), left));
            left = 0;
        }
        if (left > 0) {
            // Half the time the exact amount, otherwise the next ten in major units, so there is change.
            long handed = rnd.nextBoolean() ? left : (left / 1_000 + 1) * 1_000;
            plan.add(new TenderEntry(Tender.CASH, handed));
        }
        return plan;
    }

    private void save(Cart cart) throws IOException {
        till.saveDraft(cart);
        say("SAVED " + describe(cart));
    }

    private String describe(Cart cart) {
        long due = due(cart);
        return cart.id() + " " + cart.lines().size() + " " + cart.tenders().size() + " " + due + " "
                + (Tendering.complete(due, cart.tenders()) ? 1 : 0);
    }

    private long due(Cart cart) {
        return PricedCart.of(cart, pricesIncludeTax).dueMinor();
    }

    private void say(String line) throws IOException {
        say(out, line);
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
