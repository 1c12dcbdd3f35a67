package app.counterpart.ui.sell;

import app.counterpart.core.catalog.Product;
import app.counterpart.core.catalog.ProductSearch;
import app.counterpart.core.common.Money;
import app.counterpart.core.customers.timeline.ServiceEntry;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.Tender;
import app.counterpart.core.sell.Cart;
import app.counterpart.core.sell.CartCustomer;
import app.counterpart.core.sell.CartLine;
import app.counterpart.core.sell.ParkedCart;
import app.counterpart.core.sell.PricedCart;
import app.counterpart.core.sell.SellException;
import app.counterpart.core.sell.Shift;
import app.counterpart.core.sell.TenderEntry;
import app.counterpart.core.sell.Tendering;
import app.counterpart.core.sell.Till;
import app.counterpart.core.sell.ZReport;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.Errors;
import app.counterpart.ui.common.I18n;
import app.counterpart.ui.common.SerialTasks;
import app.counterpart.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cashier's screen. Cart changes are worked out at once on the FX thread (pure core code, no
 * store), then the draft is saved in the background, in order, through one serial queue; paying
 * goes through the same queue, so the store always sees the draft before the sale. A refused
 * action leaves the cart as it was and says why in the message line.
 */
public final class SellViewModel {

    /** What the screen lists per cart line, already formatted. */
    public record LineRow(String lineId, int lineNo, String name, int quantity, String unitPrice, String discount,
            String total, boolean overridden) {
    }

    private static final int SUGGESTIONS = 8;
    private static final int QUICK_KEYS = 12;

    private final Till till;
    private final Supplier<List<Product>> catalog;
    private final Supplier<List<String>> bestSellerSkus;
    private final Supplier<List<Staff>> staffList;
    private final UiContext ui;
    private final Currency currency;
    private final SerialTasks store;

    // ---- Properties ----
    private final ObjectProperty<Cart> cart = new SimpleObjectProperty<>();
    private final ObjectProperty<PricedCart> priced = new SimpleObjectProperty<>();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<Product> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Product> quickKeys = FXCollections.observableArrayList();
    private final ObservableList<Staff> staff = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> cashier = new SimpleObjectProperty<>();
    private final ObjectProperty<Shift> shift = new SimpleObjectProperty<>();
    private final ObjectProperty<Sale> lastSale = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final BooleanProperty paying = new SimpleBooleanProperty();
    private final IntegerProperty parkedCount = new SimpleIntegerProperty();
    private final StringProperty subtotal = new SimpleStringProperty("");
    private final StringProperty discount = new SimpleStringProperty("");
    private final StringProperty tax = new SimpleStringProperty("");
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty paid = new SimpleStringProperty("");
    private final StringProperty customerText = new SimpleStringProperty("");
    private final StringProperty customerNote = new SimpleStringProperty("");
    private final StringProperty servedByText = new SimpleStringProperty("");

    private ProductSearch search = new ProductSearch(List.of());
    private Map<String, Product> bySku = Map.of();
    private Map<String, Product> byId = Map.of();
    private Map<String, Staff> staffById = Map.of();
    private final java.util.function.Function<String, Optional<ServiceEntry>> latestNote;
    /** The customer whose latest note is shown or being read, so a late answer for another is dropped. */
    private String noteFor;

    public SellViewModel(Till till, Supplier<List<Product>> catalog, Supplier<List<String>> bestSellerSkus,
            Supplier<List<Staff>> staffList, UiContext ui) {
        this(till, catalog, bestSellerSkus, staffList, id -> Optional.empty(), ui);
    }

    /** @param latestNote the newest service timeline entry of a customer (read in the background) */
    public SellViewModel(Till till, Supplier<List<Product>> catalog, Supplier<List<String>> bestSellerSkus,
            Supplier<List<Staff>> staffList, java.util.function.Function<String, Optional<ServiceEntry>> latestNote,
            UiContext ui) {
        this.latestNote = latestNote;
        this.till = till;
        this.catalog = catalog;
        this.bestSellerSkus = bestSellerSkus;
        this.staffList = staffList;
        this.ui = ui;
        this.currency = till.shop().currency();
        this.store = new SerialTasks(ui.tasks());
        cart.addListener((o, a, b) -> refreshCart());
    }

    private record Loaded(List<String> best, List<Staff> staff, Optional<Shift> shift,
            Cart cart, List<ParkedCart> parked, ProductSearch search, Map<String, Product> bySku,
            Map<String, Product> byId, Map<String, Staff> staffById) {
    }

    /**
     * Reads the catalog, staff, shift and the cart left open (after a crash) in the background, and
     * indexes the catalog there too: the pinyin of Chinese names takes a while the first time.
     */
    public void load() {
        store.run(() -> {
            List<Staff> people = staffList.get().stream().filter(Staff::active).toList();
            List<Product> products = catalog.get();
            Map<String, Product> skus = new HashMap<>();
            Map<String, Product> ids = new HashMap<>();
            for (Product p : products) {
                skus.put(p.sku().toUpperCase(Locale.ROOT), p);
                ids.put(p.id(), p);
            }
            Map<String, Staff> staffIds = new HashMap<>();
            people.forEach(s -> staffIds.put(s.id(), s));
            return new Loaded(bestSellerSkus.get(), people, till.currentShift(), till.restoreCart(null),
                    till.parkedCarts(), new ProductSearch(products), skus, ids, staffIds);
        }, l -> {
            search = l.search();
            bySku = l.bySku();
            byId = l.byId();
            staffById = l.staffById();
            Map<String, Product> skus = l.bySku();
            staff.setAll(l.staff());
            List<Product> keys = new ArrayList<>();
            for (String sku : l.best()) {
                Product p = skus.get(sku.toUpperCase(Locale.ROOT));
                if (p != null && p.active() && keys.size() < QUICK_KEYS) {
                    keys.add(p);
                }
            }
            quickKeys.setAll(keys);
            shift.set(l.shift().orElse(null));
            cart.set(l.cart());
            parkedCount.set(l.parked().size());
            if (!l.cart().isEmpty()) {
                info(ui.i18n().text("sell.restored"));
            }
            ready.set(true);
        }, this::fail);
    }

    // ---- Staff ----

    /** Signs a cashier in with their PIN (hashing is slow on purpose, so it runs in the background). */
    public void signIn(Staff who, String pin, Runnable onSuccess) {
        store.run(() -> till.signIn(who, pin), s -> {
            cashier.set(s);
            if (cart.get() != null && cart.get().servedById() == null) {
                cart.set(cart.get().withServedBy(s.id()));
            }
            refreshCart();
            info(ui.i18n().format("sell.signed_in", s.displayName(ui.i18n().chinese())));
            onSuccess.run();
        }, this::fail);
    }

    /** A manager's PIN for an action the cashier may not do alone. */
    public void approve(Staff approver, String pin, String action, Consumer<Staff> then) {
        String cartId = cart.get() == null ? null : cart.get().id();
        store.run(() -> till.approve(approver, pin, action, cartId), then::accept, this::fail);
    }

    /** A product's name in the screen's language, for lines of past sales. */
    public String productName(String productId) {
        Product p = byId.get(productId);
        return p == null ? productId : p.displayName(ui.i18n().chinese());
    }

    public Staff staffById(String id) {
        return staffById.get(id);
    }

    // ---- Ringing up ----

    /** Live search as the cashier types a name, pinyin initials, SKU or barcode. */
    public void typed(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || isScanLike(t)) {
            suggestions.clear();
        } else {
            suggestions.setAll(search.search(stripMultiplier(t), SUGGESTIONS));
        }
    }

    /**
     * Enter in the input: a barcode or SKU rings up that product; "3*" before it rings up three; other
     * text rings up the best search match. Returns false (and says why) if nothing matched.
     */
    public boolean enter(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return false;
        }
        int quantity = 1;
        int star = t.indexOf('*');
        if (star > 0) {
            try {
                quantity = Integer.parseInt(t.substring(0, star).strip());
            } catch (NumberFormatException e) {
                return refuse(new SellException(SellException.Problem.QUANTITY_NOT_POSITIVE));
            }
            t = t.substring(star + 1).strip();
        }
        Optional<Product> product = lookup(t);
        if (product.isEmpty()) {
            return refuse(new SellException(SellException.Problem.UNKNOWN_CODE, t));
        }
        return add(product.get(), quantity);
    }

    public boolean add(Product product, int quantity) {
        if (!requireCashier()) {
            return false;
        }
        try {
            Cart next = cart.get().add(product, quantity, till.newLineId());
            change(next);
            suggestions.clear();
            info(ui.i18n().format("sell.added", quantity, product.displayName(ui.i18n().chinese())));
            return true;
        } catch (SellException e) {
            return refuse(e);
        }
    }

    private Optional<Product> lookup(String code) {
        Optional<Product> p = search.byBarcode(code);
        if (p.isPresent()) {
            return p;
        }
        Product sku = bySku.get(code.toUpperCase(Locale.ROOT));
        if (sku != null) {
            return Optional.of(sku);
        }
        if (isScanLike(code)) {
            return Optional.empty();
        }
        List<Product> found = search.search(code, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Long runs of digits are scans or typed barcodes; guessing a product by name from them would be wrong. */
    private static boolean isScanLike(String t) {
        return t.length() >= 6 && t.chars().allMatch(Character::isDigit);
    }

    private static String stripMultiplier(String t) {
        int star = t.indexOf('*');
        return star >= 0 ? t.substring(star + 1).strip() : t;
    }

    public boolean setQuantity(String lineId, String text) {
        try {
            int q;
            try {
                q = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new SellException(SellException.Problem.QUANTITY_NOT_POSITIVE);
            }
            change(cart.get().setQuantity(lineId, q));
            return true;
        } catch (SellException e) {
            return refuse(e);
        }
    }

    public boolean remove(String lineId) {
        if (lineId == null) {
            return false;
        }
        change(cart.get().remove(lineId));
        return true;
    }

    public boolean discountLine(String lineId, String text) {
        if (!requireCashier()) {
            return false;
        }
        try {
            CartLine l = cart.get().line(lineId);
            long amount = Cart.parseDiscount(text, l.grossMinor(), currency);
            change(cart.get().discountLine(lineId, amount, cashier.get().role()));
            return true;
        } catch (SellException e) {
            return refuse(e);
        }
    }

    public boolean discountCart(String text) {
        if (!requireCashier()) {
            return false;
        }
        try {
            long amount = Cart.parseDiscount(text, cart.get().linesNetMinor(), currency);
            change(cart.get().discountCart(amount, cashier.get().role()));
            return true;
        } catch (SellException e) {
            return refuse(e);
        }
    }

    /** A price other than the list price, once a manager has approved it. */
    public boolean overridePrice(String lineId, String text, Staff approver) {
        try {
            long price;
            try {
                price = Money.parse(text, currency);
            } catch (IllegalArgumentException e) {
                throw new SellException(SellException.Problem.AMOUNT_INVALID);
            }
            change(cart.get().overridePrice(lineId, price, approver.id()));
            return true;
        } catch (SellException e) {
            return refuse(e);
        }
    }

    public void setServedBy(Staff person) {
        change(cart.get().withServedBy(person.id()));
    }

    // ---- Customer ----

    /** Finds a customer by phone; {@code notFound} gets the normalized number to offer creating one. */
    public void findCustomer(String phone, Runnable found, Consumer<String> notFound) {
        store.run(() -> till.customerByPhone(phone), c -> {
            if (c.isPresent()) {
                attach(c.get());
                found.run();
            } else {
                notFound.accept(phone);
            }
        }, this::fail);
    }

    public void createCustomer(String name, String phone, Runnable done) {
        store.run(() -> till.createCustomer(name, phone), c -> {
            attach(c);
            done.run();
        }, this::fail);
    }

    private void attach(CartCustomer c) {
        change(cart.get().withCustomer(c));
        info(ui.i18n().format("sell.customer_attached", c.name()));
    }

    public void detachCustomer() {
        if (cart.get().tenders().stream().anyMatch(t -> t.tender() == Tender.STORE_CREDIT)) {
            refuse(new SellException(SellException.Problem.STORE_CREDIT_NEEDS_CUSTOMER));
            return;
        }
        change(cart.get().withCustomer(null));
    }

    // ---- Paying ----

    public long dueMinor() {
        return priced.get() == null ? 0 : priced.get().dueMinor();
    }

    public long remainingMinor() {
        return Tendering.remaining(dueMinor(), cart.get().tenders());
    }

    /**
     * Takes a tender towards the cart. When the tenders cover the total, the sale is stored at once
     * and {@code onSale} gets it (for the change and the receipt).
     */
    public boolean tender(Tender tender, String amountText, Consumer<Sale> onSale) {
        if (!requireCashier() || !requireShift()) {
            return false;
        }
        try {
            if (cart.get().isEmpty()) {
                throw new SellException(SellException.Problem.CART_EMPTY);
            }
            long amount;
            if (amountText == null || amountText.isBlank()) {
                amount = Math.max(0, remainingMinor());
            } else {
                try {
                    amount = Money.parse(amountText, currency);
                } catch (IllegalArgumentException e) {
                    throw new SellException(SellException.Problem.AMOUNT_INVALID);
                }
            }
            List<TenderEntry> next = Tendering.add(cart.get().tenders(), new TenderEntry(tender, amount), dueMinor(),
                    cart.get().customer());
            change(cart.get().withTenders(next));
            if (Tendering.complete(dueMinor(), next)) {
                pay(onSale);
            }
            return true;
        } catch (SellException e) {
            return refuse(e);
        }
    }

    /** Takes back the payments entered so far (a card declined after all, a wrong tender key). */
    public void clearTenders() {
        change(cart.get().withTenders(List.of()));
    }

    /** Stores the sale. While it is in flight Pay is disabled; a second call for the same cart stores nothing more. */
    public void pay(Consumer<Sale> onSale) {
        if (paying.get()) {
            return;
        }
        Cart paidCart = cart.get();
        Staff who = cashier.get();
        paying.set(true);
        store.run(() -> till.pay(paidCart, who), sale -> {
            paying.set(false);
            lastSale.set(sale);
            long change = Tendering.change(sale.totalMinor(), paidCart.tenders());
            cart.set(till.newCart(who.id()));
            info(change > 0 ? ui.i18n().format("sell.paid_change", sale.number(), money(change))
                    : ui.i18n().format("sell.paid", sale.number()));
            onSale.accept(sale);
        }, e -> {
            paying.set(false);
            fail(e);
        });
    }

    // ---- Park and resume ----

    public void park() {
        if (cart.get().isEmpty()) {
            refuse(new SellException(SellException.Problem.CART_EMPTY));
            return;
        }
        Cart parked = cart.get();
        cart.set(till.newCart(cashier.get() == null ? null : cashier.get().id()));
        store.run(() -> {
            till.park(parked);
            return till.parkedCarts().size();
        }, n -> {
            parkedCount.set(n);
            info(ui.i18n().text("sell.parked"));
        }, this::fail);
    }

    public void parkedCarts(Consumer<List<ParkedCart>> then) {
        store.run(till::parkedCarts, then::accept, this::fail);
    }

    public void resume(String cartId) {
        Cart current = cart.get();
        store.run(() -> {
            Cart resumed = till.resume(cartId, current);
            return Map.entry(resumed, till.parkedCarts().size());
        }, r -> {
            cart.set(r.getKey());
            parkedCount.set(r.getValue());
            info(ui.i18n().text("sell.resumed"));
        }, this::fail);
    }

    // ---- Shift ----

    public void openShift(String floatText, Runnable done) {
        if (!requireCashier()) {
            return;
        }
        Staff who = cashier.get();
        try {
            long amount = parseAmount(floatText.isBlank() ? "0" : floatText);
            store.run(() -> till.openShift(who, amount), s -> {
                shift.set(s);
                info(ui.i18n().text("sell.shift_opened"));
                done.run();
            }, this::fail);
        } catch (SellException e) {
            refuse(e);
        }
    }

    public void moveCash(boolean in, String amountText, String reason, Runnable done) {
        if (!requireCashier()) {
            return;
        }
        Staff who = cashier.get();
        try {
            long amount = parseAmount(amountText);
            store.run(() -> till.moveCash(who, in ? amount : -amount, reason), m -> {
                info(ui.i18n().format(in ? "sell.cash_in_done" : "sell.cash_out_done", money(amount)));
                done.run();
            }, this::fail);
        } catch (SellException e) {
            refuse(e);
        }
    }

    public void closingFigures(Consumer<ZReport> then) {
        store.run(till::closingFigures, then::accept, this::fail);
    }

    public void closeShift(String countedText, Consumer<ZReport> then) {
        if (!requireCashier()) {
            return;
        }
        Staff who = cashier.get();
        try {
            long counted = parseAmount(countedText);
            store.run(() -> till.closeShift(who, counted), z -> {
                shift.set(null);
                info(ui.i18n().text("sell.shift_closed"));
                then.accept(z);
            }, this::fail);
        } catch (SellException e) {
            refuse(e);
        }
    }

    // ---- Refunds ----

    public record Found(Sale sale, Map<String, Integer> refundable) {
    }

    public void findSale(String numberOrId, Consumer<Found> then) {
        store.run(() -> till.findSale(numberOrId).map(s -> new Found(s, till.refundable(s))), f -> {
            if (f.isEmpty()) {
                refuse(new SellException(SellException.Problem.SALE_NOT_FOUND, numberOrId.strip()));
            } else {
                then.accept(f.get());
            }
        }, this::fail);
    }

    public void recentSales(Consumer<List<Sale>> then) {
        store.run(() -> till.recentSales(30), then::accept, this::fail);
    }

    public void refund(Sale original, Map<String, Integer> quantities, boolean toStoreCredit, Consumer<Sale> then) {
        if (!requireCashier() || !requireShift()) {
            return;
        }
        Staff who = cashier.get();
        store.run(() -> till.refund(original, quantities, toStoreCredit, who), r -> {
            lastSale.set(r);
            info(ui.i18n().format("sell.refunded", r.number(), money(-r.totalMinor())));
            then.accept(r);
        }, this::fail);
    }

    public void voidSale(Sale original, Consumer<Sale> then) {
        if (!requireCashier() || !requireShift()) {
            return;
        }
        Staff who = cashier.get();
        store.run(() -> till.voidSale(original, who), v -> {
            lastSale.set(v);
            info(ui.i18n().format("sell.voided", original.number()));
            then.accept(v);
        }, this::fail);
    }

    // ---- Helpers ----

    private void change(Cart next) {
        cart.set(next);
        Cart saved = next;
        store.run(() -> {
            till.saveDraft(saved);
            return null;
        }, ok -> { }, this::fail);
    }

    private void refreshCart() {
        Cart c = cart.get();
        if (c == null) {
            return;
        }
        PricedCart p = PricedCart.of(c, till.shop().pricesIncludeTax());
        priced.set(p);
        boolean zh = ui.i18n().chinese();
        List<LineRow> rows = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            CartLine l = c.lines().get(i);
            var sl = p.lines().get(i);
            rows.add(new LineRow(l.id(), i + 1, l.displayName(zh), l.quantity(), money(l.unitPriceMinor()),
                    sl.discountMinor() == 0 ? "" : "-" + money(sl.discountMinor()), money(sl.totalMinor()),
                    l.overrideBy() != null));
        }
        lines.setAll(rows);
        subtotal.set(money(p.totals().subtotalMinor()));
        discount.set(p.totals().discountMinor() == 0 ? "" : "-" + money(p.totals().discountMinor()));
        tax.set(money(p.totals().taxMinor()));
        total.set(money(p.dueMinor()));
        long taken = p.dueMinor() - Tendering.remaining(p.dueMinor(), c.tenders());
        paid.set(c.tenders().isEmpty() ? "" : ui.i18n().format("sell.paid_so_far", money(taken),
                money(Math.max(0, Tendering.remaining(p.dueMinor(), c.tenders())))));
        CartCustomer cu = c.customer();
        customerText.set(cu == null ? "" : cu.name() + (cu.tags().isEmpty() ? "" : "  · " + String.join(", ", cu.tags()))
                + (cu.storeCreditMinor() > 0 ? "  · " + ui.i18n().format("sell.credit", money(cu.storeCreditMinor())) : ""));
        showLatestNote(cu == null ? null : cu.id());
        Staff server = c.servedById() == null ? null : staffById.get(c.servedById());
        servedByText.set(server == null ? "" : server.displayName(zh));
    }

    /**
     * Reads the attached customer's newest timeline entry off the FX thread (not through the draft
     * queue, which a slow read must not hold up); an answer for a customer no longer attached is dropped.
     */
    private void showLatestNote(String customerId) {
        if (java.util.Objects.equals(customerId, noteFor)) {
            return;
        }
        noteFor = customerId;
        customerNote.set("");
        if (customerId == null) {
            return;
        }
        ui.tasks().run(() -> latestNote.apply(customerId), note -> {
            if (customerId.equals(noteFor)) {
                customerNote.set(note.map(this::noteText).orElse(""));
            }
        }, e -> customerNote.set(""));
    }

    private String noteText(ServiceEntry e) {
        String line = e.firstLine();
        if (line.length() > 120) {
            line = line.substring(0, 119) + "…";
        }
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(till.shop().zone()).format(e.at());
        return ui.i18n().format("sell.customer.latestNote", ui.i18n().text(e.kind().textKey()),
                e.staffDisplayName(ui.i18n().chinese()), when, line);
    }

    private long parseAmount(String text) {
        try {
            return Money.parse(text, currency);
        } catch (IllegalArgumentException e) {
            throw new SellException(SellException.Problem.AMOUNT_INVALID);
        }
    }

    public String money(long minor) {
        return Money.format(minor, currency, ui.i18n().locale());
    }

    private boolean requireCashier() {
        if (cashier.get() == null) {
            return refuse(new SellException(SellException.Problem.SIGN_IN_FIRST));
        }
        return true;
    }

    private boolean requireShift() {
        if (shift.get() == null) {
            return refuse(new SellException(SellException.Problem.NO_OPEN_SHIFT));
        }
        return true;
    }

    private boolean refuse(SellException e) {
        message.set(describe(e, ui.i18n()));
        messageIsError.set(true);
        return false;
    }

    private void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void fail(Throwable e) {
        if (e instanceof SellException s) {
            refuse(s);
        } else {
            message.set(ui.i18n().format("sell.problem.store", Errors.describe(e)));
            messageIsError.set(true);
        }
    }

    /** The sentence for a refused action; amounts in the arguments are shown as money. */
    public String describe(SellException e, I18n i18n) {
        Object[] args = e.args().toArray();
        switch (e.problem()) {
            case PAYMENT_SHORT, STORE_CREDIT_SHORT -> args[0] = money(((Number) args[0]).longValue());
            default -> { }
        }
        return i18n.format(e.problem().key(), args);
    }

    // ---- Read-only views ----

    public ReadOnlyObjectProperty<Cart> cartProperty() {
        return cart;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public ObservableList<Product> suggestions() {
        return suggestions;
    }

    public ObservableList<Product> quickKeys() {
        return quickKeys;
    }

    public ObservableList<Staff> staff() {
        return staff;
    }

    public ReadOnlyObjectProperty<Staff> cashierProperty() {
        return cashier;
    }

    public ReadOnlyObjectProperty<Shift> shiftProperty() {
        return shift;
    }

    public ReadOnlyObjectProperty<Sale> lastSaleProperty() {
        return lastSale;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public ReadOnlyBooleanProperty payingProperty() {
        return paying;
    }

    public IntegerProperty parkedCountProperty() {
        return parkedCount;
    }

    public StringProperty subtotalProperty() {
        return subtotal;
    }

    public StringProperty discountProperty() {
        return discount;
    }

    public StringProperty taxProperty() {
        return tax;
    }

    public StringProperty totalProperty() {
        return total;
    }

    public StringProperty paidProperty() {
        return paid;
    }

    public StringProperty customerTextProperty() {
        return customerText;
    }

    /** The attached customer's newest timeline entry in one line; empty without a customer or a note. */
    public StringProperty customerNoteProperty() {
        return customerNote;
    }

    public StringProperty servedByTextProperty() {
        return servedByText;
    }

    public Currency currency() {
        return currency;
    }

    public Till till() {
        return till;
    }

    public I18n i18n() {
        return ui.i18n();
    }
}
