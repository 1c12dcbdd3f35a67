package app.counterpart.core.sell;

import app.counterpart.core.common.IdGenerator;
import app.counterpart.core.customers.Customer;
import app.counterpart.core.customers.CustomerRepository;
import app.counterpart.core.customers.Phones;
import app.counterpart.core.event.EventBus;
import app.counterpart.core.event.SalesCommitted;
import app.counterpart.core.sales.Payment;
import app.counterpart.core.sales.Sale;
import app.counterpart.core.sales.SaleKind;
import app.counterpart.core.shop.Device;
import app.counterpart.core.shop.Shop;
import app.counterpart.core.staff.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The till's use cases: shifts, carts and their drafts, payment, refunds and voids. Every method may
 * touch the store, so the screen calls them off the FX thread. A refused action throws
 * {@link SellException} and changes nothing.
 */
public final class Till {

    private final TillRepository repo;
    private final CustomerRepository customers;
    private final EventBus events;
    private final IdGenerator ids;
    private final Clock clock;
    private final Shop shop;
    private final Device device;
    private final PinGate pins;

    public Till(TillRepository repo, CustomerRepository customers, EventBus events, IdGenerator ids, Clock clock,
            Shop shop, Device device) {
        this(repo, customers, events, ids, clock, shop, device, new PinGate(clock));
    }

    /** @param pins shared with the rest of the window, so a lockout holds wherever the PINs were typed */
    public Till(TillRepository repo, CustomerRepository customers, EventBus events, IdGenerator ids, Clock clock,
            Shop shop, Device device, PinGate pins) {
        this.repo = repo;
        this.customers = customers;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.shop = shop;
        this.device = device;
        this.pins = pins;
    }

    public Shop shop() {
        return shop;
    }

    public Device device() {
        return device;
    }

    // ---- Staff ----

    /** Signs a person in at the till: their PIN must match and their role must let them ring up. */
    public Staff signIn(Staff who, String pin) {
        pins.check(who, pin);
        if (!SellPolicy.mayOperateTill(who.role())) {
            throw new SellException(SellException.Problem.NOT_ALLOWED, who.name());
        }
        repo.audit(who.id(), "till.sign_in", "device", device.id(), null);
        return who;
    }

    /** A manager's or owner's PIN approving an action (a price override, a void) for someone else. */
    public Staff approve(Staff approver, String pin, String action, String entityId) {
        pins.check(approver, pin);
        if (!SellPolicy.mayApprove(approver.role())) {
            throw new SellException(SellException.Problem.NOT_ALLOWED, approver.name());
        }
        repo.audit(approver.id(), "approve." + action, "cart", entityId, null);
        return approver;
    }

    // ---- Shifts ----

    public Optional<Shift> currentShift() {
        return repo.openShift();
    }

    public Shift openShift(Staff by, long floatMinor) {
        if (floatMinor < 0 || floatMinor > SellPolicy.MAX_AMOUNT_MINOR) {
            throw new SellException(SellException.Problem.AMOUNT_INVALID);
        }
        if (repo.openShift().isPresent()) {
            throw new SellException(SellException.Problem.SHIFT_ALREADY_OPEN);
        }
        Instant now = clock.instant();
        Shift shift = new Shift(ids.next(now), device.id(), by.id(), now, floatMinor, null, null, null, null);
        repo.openShift(shift);
        return shift;
    }

    /** Cash into (positive) or out of (negative) the drawer, with the reason the owner will read later. */
    public CashMovement moveCash(Staff by, long amountMinor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SellException(SellException.Problem.REASON_REQUIRED);
        }
        if (amountMinor == 0 || Math.abs(amountMinor) > SellPolicy.MAX_AMOUNT_MINOR) {
            throw new SellException(SellException.Problem.AMOUNT_INVALID);
        }
        Shift shift = requireShift();
        Instant now = clock.instant();
        CashMovement m = new CashMovement(ids.next(now), shift.id(), amountMinor, reason.strip(), by.id(), now);
        repo.addCashMovement(m);
        return m;
    }

    /** What closing now would report, before the cash is counted. */
    public ZReport closingFigures() {
        Shift shift = requireShift();
        ShiftTally tally = repo.tally(shift.id());
        long expected = tally.expectedCash(shift.openingFloatMinor());
        return new ZReport(shift, tally, expected, expected);
    }

    public ZReport closeShift(Staff by, long countedMinor) {
        if (countedMinor < 0 || countedMinor > SellPolicy.MAX_AMOUNT_MINOR) {
            throw new SellException(SellException.Problem.AMOUNT_INVALID);
        }
        Shift shift = requireShift();
        ShiftTally tally = repo.tally(shift.id());
        long expected = tally.expectedCash(shift.openingFloatMinor());
        Shift closed = repo.closeShift(shift.id(), by.id(), clock.instant(), countedMinor, expected);
        return new ZReport(closed, tally, expected, countedMinor);
    }

    /** Cash put in and taken out of the drawer during a shift, oldest first. */
    public List<CashMovement> cashMovements(String shiftId) {
        return repo.cashMovements(shiftId);
    }

    /** The Z report of a closed shift, for a reprint. */
    public Optional<ZReport> zReport(String shiftId) {
        return repo.shift(shiftId).filter(s -> !s.isOpen()).map(s -> new ZReport(s, repo.tally(s.id()),
                s.expectedCashMinor(), s.countedCashMinor()));
    }

    private Shift requireShift() {
        return repo.openShift().orElseThrow(() -> new SellException(SellException.Problem.NO_OPEN_SHIFT));
    }

    // ---- Carts ----

    /** A fresh id for a cart line (it becomes the sale line's id). */
    public String newLineId() {
        return ids.next(clock.instant());
    }

    public Cart newCart(String servedById) {
        Instant now = clock.instant();
        return Cart.empty(ids.next(now), servedById, now);
    }

    /** The cart that was open when the till stopped (a crash, a power cut), or a new one. */
    public Cart restoreCart(String servedById) {
        return repo.openDraft().orElseGet(() -> newCart(servedById));
    }

    /** Keeps the draft in step with the screen; an empty cart leaves no draft behind. */
    public void saveDraft(Cart cart) {
        if (cart.isEmpty() && cart.customer() == null && cart.tenders().isEmpty()) {
            repo.deleteDraft(cart.id());
        } else {
            repo.saveDraft(cart, false);
        }
    }

    public void park(Cart cart) {
        if (cart.isEmpty()) {
            throw new SellException(SellException.Problem.CART_EMPTY);
        }
        repo.saveDraft(cart, true);
    }

    /** Brings a parked cart back; the cart on screen, if it has anything in it, is parked in its place. */
    public Cart resume(String parkedId, Cart current) {
        Cart resumed = repo.draft(parkedId).orElseThrow(() -> new SellException(SellException.Problem.CART_EMPTY));
        if (!current.isEmpty()) {
            repo.saveDraft(current, true);
        } else {
            repo.deleteDraft(current.id());
        }
        repo.saveDraft(resumed, false);
        return resumed;
    }

    public List<ParkedCart> parkedCarts() {
        return repo.parkedCarts();
    }

    // ---- Customers ----

    public Optional<CartCustomer> customerByPhone(String typed) {
        String phone = Phones.normalize(typed)
                .orElseThrow(() -> new SellException(SellException.Problem.PHONE_INVALID, typed == null ? "" : typed));
        return customers.byPhone(phone).map(this::toCartCustomer);
    }

    /** Creates a customer on the spot with a name and a phone number. */
    public CartCustomer createCustomer(String name, String typedPhone) {
        if (name == null || name.isBlank()) {
            throw new SellException(SellException.Problem.NAME_REQUIRED);
        }
        String phone = Phones.normalize(typedPhone).orElseThrow(
                () -> new SellException(SellException.Problem.PHONE_INVALID, typedPhone == null ? "" : typedPhone));
        if (customers.byPhone(phone).isPresent()) {
            throw new SellException(SellException.Problem.PHONE_TAKEN, phone);
        }
        LocalDate today = shop.calendar().businessDay(clock.instant());
        Customer c = new Customer(ids.next(), phone, name.strip(), null, null, Set.of(), null, false, today);
        customers.addAll(List.of(c));
        return toCartCustomer(c);
    }

    public Optional<Customer> customer(String customerId) {
        return customerId == null ? Optional.empty() : customers.byId(customerId);
    }

    /** The customer again, with their store credit as it stands now. */
    public CartCustomer refreshCustomer(String customerId) {
        return customers.byId(customerId).map(this::toCartCustomer).orElse(null);
    }

    private CartCustomer toCartCustomer(Customer c) {
        return new CartCustomer(c.id(), c.name(), c.phone(), c.tags().stream().sorted().toList(),
                repo.storeCreditBalance(c.id()));
    }

    // ---- Paying ----

    /**
     * Stores the cart as a sale paid with its tenders. Safe to call twice for the same cart: the second
     * call returns the sale the first one stored.
     */
    public Sale pay(Cart cart, Staff cashier) {
        if (cart.isEmpty()) {
            throw new SellException(SellException.Problem.CART_EMPTY);
        }
        Shift shift = requireShift();
        PricedCart priced = PricedCart.of(cart, shop.pricesIncludeTax());
        List<Payment> payments = Tendering.payments(priced.dueMinor(), cart.tenders(), ids);
        SaleStamp stamp = stamp(shift, cashier);
        var t = priced.totals();
        Sale sale = new Sale(cart.id(), null, SaleKind.SALE, null, device.id(), shift.id(), cashier.id(),
                cart.servedById() != null ? cart.servedById() : cashier.id(),
                cart.customer() == null ? null : cart.customer().id(), stamp.at(), stamp.businessDay(), stamp.hour(),
                shop.currency().getCurrencyCode(), t.subtotalMinor(), t.discountMinor(), t.taxMinor(),
                t.totalMinor(), t.costMinor(), t.itemCount(), priced.lines(), payments);
        return committed(sale);
    }

    // ---- Refunds and voids ----

    /** A sale by the number on its receipt (scanned from the barcode) or typed. */
    public Optional<Sale> findSale(String numberOrId) {
        if (numberOrId == null || numberOrId.isBlank()) {
            return Optional.empty();
        }
        return repo.findSale(numberOrId.strip());
    }

    public List<Sale> recentSales(int limit) {
        return repo.recentSales(limit);
    }

    public Map<String, Integer> refundable(Sale original) {
        return Refunds.refundable(original, repo.reversalsOf(original.id()));
    }

    public Sale refund(Sale original, Map<String, Integer> quantities, boolean toStoreCredit, Staff cashier) {
        Shift shift = requireShift();
        Sale refund = Refunds.refund(original, repo.reversalsOf(original.id()), quantities, toStoreCredit,
                stamp(shift, cashier), ids);
        return committed(refund);
    }

    /**
     * Voids a sale of today's business day (a mistake caught at the counter); anything older is a
     * refund. A manager has already approved it with their PIN through {@link #approve}.
     */
    public Sale voidSale(Sale original, Staff cashier) {
        Shift shift = requireShift();
        SaleStamp stamp = stamp(shift, cashier);
        if (!original.businessDay().equals(stamp.businessDay())) {
            throw new SellException(SellException.Problem.VOID_TOO_LATE, original.number());
        }
        return committed(Refunds.voidSale(original, repo.reversalsOf(original.id()), stamp, ids));
    }

    private Sale committed(Sale sale) {
        Sale stored = repo.commit(sale, device.code());
        events.publish(new SalesCommitted(1, Set.of(stored.businessDay()), List.of(booked(stored))));
        return stored;
    }

    /** The sale's figures for listeners that keep running totals (goals), so they need not read the store. */
    static SalesCommitted.Booked booked(Sale s) {
        int count = switch (s.kind()) {
            case SALE -> 1;
            case VOID -> -1;
            case REFUND -> 0;
        };
        return new SalesCommitted.Booked(s.id(), s.servedById(), s.businessDay(), s.totalMinor(), count,
                s.customerId());
    }

    private SaleStamp stamp(Shift shift, Staff cashier) {
        Instant now = clock.instant();
        LocalDate day = shop.calendar().businessDay(now);
        int hour = shop.calendar().hour(now);
        return new SaleStamp(device.id(), shift.id(), cashier.id(), now, day, hour, shop.currency().getCurrencyCode());
    }
}
